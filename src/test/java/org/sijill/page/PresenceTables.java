package org.sijill.page;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.page.ApiAnswers.keys;
import static org.sijill.page.ApiAnswers.size;
import static org.sijill.page.ApiAnswers.text;
import static org.sijill.page.Browser.listOf;

/**
 * The tables of the "On a date" view read back from the page and compared, row by row and value by
 * value, with the presence answer of the API for the same question.
 */
final class PresenceTables {

    private final Browser page;

    PresenceTables(Browser page) {
        this.page = page;
    }

    /** Every table shows exactly the answer's rows, and every row the answer's values. */
    void assertMatch(JsonNode api) {
        Map<String, Map<String, Object>> troops = rows("#troops", "data-force");
        assertThat(troops.keySet()).isEqualTo(keys(api.get("troops"), "force"));
        for (JsonNode t : api.get("troops")) {
            Map<String, Object> row = troops.get(t.get("force").asString());
            assertThat(digits(row.get("count"))).as("count of %s", t.get("force")).isEqualTo(t.get("count").asString());
            assertThat(row.get("when")).isEqualTo(when(t.get("when")));
            assertThat(row.get("basis@")).isEqualTo(t.get("basis").asString());
            assertThat(row.get("in-transition@")).isEqualTo(t.get("inTransition").asString());
            if (!t.get("low").isNull() || !t.get("high").isNull()) {
                assertThat(digits(row.get("range"))).isEqualTo(text(t.get("low")) + text(t.get("high")));
            }
            assertThat(row.get("alternatives@count")).isEqualTo(String.valueOf(size(t.get("alternatives"))));
        }
        Map<String, Map<String, Object>> missions = rows("#missions", "data-scope");
        assertThat(missions.keySet()).isEqualTo(keys(api.get("missions"), "scope"));
        for (JsonNode m : api.get("missions")) {
            Map<String, Object> row = missions.get(m.get("scope").asString());
            assertThat(code(row.get("phase"))).isEqualTo(m.get("phase").asString());
            assertThat(row.get("when")).isEqualTo(when(m.get("when")));
            assertThat(row.get("alternatives@count")).isEqualTo(String.valueOf(size(m.get("alternatives"))));
        }
        Map<String, Map<String, Object>> bases = rows("#bases", "data-base-id");
        assertThat(bases.keySet()).isEqualTo(keys(api.get("bases"), "baseId"));
        for (JsonNode b : api.get("bases")) {
            Map<String, Object> row = bases.get(b.get("baseId").asString());
            assertThat(code(row.get("status"))).as(b.get("baseId").asString()).isEqualTo(b.get("status").asString());
            assertThat(row.get("name-en")).isEqualTo(b.get("nameEn").asString());
            assertThat(row.get("name-ar")).isEqualTo(b.get("nameAr").asString());
            assertThat(row.get("province")).isEqualTo(b.get("province").isNull() ? "—" : b.get("province").asString());
            assertThat(row.get("when")).isEqualTo(when(b.get("when")));
        }
        Map<String, Map<String, Object>> agreements = rows("#agreements", "data-agreement-id");
        assertThat(agreements.keySet()).isEqualTo(keys(api.get("agreements"), "agreementId"));
        for (JsonNode a : api.get("agreements")) {
            Map<String, Object> row = agreements.get(a.get("agreementId").asString());
            assertThat(code(row.get("status"))).isEqualTo(a.get("status").asString());
            assertThat(row.get("name-en")).isEqualTo(a.get("nameEn").asString());
        }
        Map<String, Map<String, Object>> lapsed = rows("#lapsed", "data-fact-id");
        assertThat(lapsed.keySet()).isEqualTo(keys(api.get("lapsed"), "factId"));
        for (JsonNode c : api.get("lapsed")) {
            Map<String, Object> row = lapsed.get(c.get("factId").asString());
            assertThat(row.get("held-until")).isEqualTo(c.get("heldUntil").asString());
            assertThat(row.get("when")).isEqualTo(when(c.get("when")));
            assertValue(row, c);
        }
        Map<String, Map<String, Object>> planned = rows("#planned", "data-fact-id");
        assertThat(planned.keySet()).isEqualTo(keys(api.get("planned"), "factId"));
        for (JsonNode c : api.get("planned")) {
            Map<String, Object> row = planned.get(c.get("factId").asString());
            assertThat(row.get("due@")).isEqualTo(c.get("due").asString());
            assertThat(row.get("due")).isEqualTo(c.get("due").asBoolean() ? "Due" : "Not yet");
            assertThat(row.get("when")).isEqualTo(when(c.get("when")));
            assertThat(row.get("announced")).isEqualTo(when(c.get("announced")));
            assertValue(row, c);
        }
    }

    /** The rendered text of one cell of the troops table, in the row of the given force. */
    String troopCell(String force, String cell) {
        return (String) rows("#troops", "data-force").get(force).get(cell);
    }

    /** A ClaimView's value: the count of a troop claim, else the status or phase. */
    private static void assertValue(Map<String, Object> row, JsonNode claim) {
        if (claim.hasNonNull("count")) {
            assertThat(digits(row.get("value"))).isEqualTo(claim.get("count").asString());
        } else {
            assertThat(code(row.get("value"))).isEqualTo(claim.get("value").asString());
        }
    }

    /**
     * The rows of a table, by the given key attribute: for each cell, its rendered text under its first
     * class name and its data-value under "class@"; the row's data attributes under "data-…", and the
     * alternatives cell's count under "alternatives@count".
     */
    private Map<String, Map<String, Object>> rows(String table, String key) {
        List<Object> rows = listOf(page.js("""
                return [...document.querySelectorAll(arguments[0] + ' tbody tr[' + arguments[1] + ']')].map(r => {
                  const o = {};
                  for (const a of r.attributes) if (a.name.startsWith('data-')) o[a.name] = a.value;
                  for (const c of r.cells) {
                    const k = c.classList[0];
                    if (!k) continue;
                    o[k] = c.textContent.trim();
                    if (c.dataset.value !== undefined) o[k + '@'] = c.dataset.value;
                    if (c.dataset.count !== undefined) o[k + '@count'] = c.dataset.count;
                  }
                  return o;
                });""", table, key));
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        for (Object row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = (Map<String, Object>) row;
            assertThat(byKey.put((String) cells.get(key), cells)).as("rows of %s are unique by %s", table, key).isNull();
        }
        return byKey;
    }

    /** "2,500" → "2500". */
    private static String digits(Object text) {
        return String.valueOf(text).replaceAll("[^0-9]", "");
    }

    /** The label shown for an enum value ("Handed over") back to the value (HANDED_OVER). */
    private static String code(Object text) {
        return String.valueOf(text).trim().toUpperCase().replace(' ', '_');
    }

    /** A when as the page writes it: "2021-12-09", "2020-09", "2003–2007". */
    private static String when(JsonNode when) {
        return when.hasNonNull("until") ? when.get("date").asString() + "–" + when.get("until").asString()
                : when.get("date").asString();
    }
}

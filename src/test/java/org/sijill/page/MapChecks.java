package org.sijill.page;

import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map, the time slider, the compare view and the downloads (issue "a map of the bases, a time slider…"): what
 * each shows is what the API answers for the same question.
 */
final class MapChecks {

    private static final String DATE = "2021-12-20";

    private final Browser page;
    private final ApiAnswers api;

    MapChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
    }

    /** Every base with a point is drawn in its status's colour; the others are listed with the reason. */
    void theMapDrawsEveryPlacedBaseInItsStatusAndListsTheRest() throws IOException {
        page.open("/?on=" + DATE + "&lang=en#/map");
        page.until(d -> "ready".equals(page.attr("#view-map", "data-state")));
        JsonNode presence = api.get("/api/v1/presence?on=" + DATE);
        Map<String, String> expected = new HashMap<>();
        presence.get("bases").forEach(b -> expected.put(b.get("baseId").asString(), b.get("status").asString()));
        presence.get("lapsed").forEach(c -> {
            if ("BASE".equals(c.get("subjectType").asString())) {
                expected.put(c.get("subjectId").asString(), "LAPSED");
            }
        });
        int placed = 0;
        for (JsonNode base : api.get("/api/v1/bases")) {
            String id = base.get("baseId").asString();
            String state = expected.getOrDefault(id, "NONE");
            String row = "#map-bases tr[data-base-id='" + id + "']";
            assertThat(page.attr(row, "data-state")).as(id).isEqualTo(state);
            String mark = "#map [data-base-id='" + id + "']";
            if (base.has("location")) {
                placed++;
                assertThat(page.attr(mark, "data-state")).as(id + " on the map").isEqualTo(state);
                assertThat(page.attr(mark, "data-precision")).isEqualTo(base.get("location").get("precision").asString());
            } else {
                assertThat(page.attr(mark, "data-state")).as(id + " has no point and no mark").isNull();
                assertThat(page.find(By.cssSelector(row + " td.reference")).getText())
                        .isEqualTo(base.get("locationNote").asString());
            }
        }
        assertThat(placed).isGreaterThan(10);
        assertThat(page.find(By.id("map-meta")).getText()).contains(placed + " of ");
        page.js("document.querySelector(\"#map [data-base-id='ain-al-asad']\")"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        page.until(d -> !Boolean.TRUE.equals(page.js("return document.getElementById('detail').hidden")));
        assertThat(page.attr("#detail", "data-fact-id"))
                .isEqualTo(ApiAnswers.find(presence.get("bases"), "baseId", "ain-al-asad").get("factId").asString());
        page.screenshot("map-clicked");
    }

    /** "Next change" moves to the first date after the asked one on which some series segment starts or ends. */
    void theSliderStepsToTheNextAndPreviousChange() {
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (String type : new String[]{"FORCE", "SCOPE", "BASE", "AGREEMENT"}) {
            for (JsonNode series : api.get("/api/v1/presence/series?from=2003-01-01&type=" + type).get("series")) {
                for (JsonNode seg : series.get("segments")) {
                    changes.add(LocalDate.parse(seg.get("from").asString()));
                    changes.add(LocalDate.parse(seg.get("to").asString()).plusDays(1));
                }
            }
        }
        String next = changes.higher(LocalDate.parse(DATE)).toString();
        page.open("/?on=" + DATE + "&lang=en#/");
        page.waitForAnswer(DATE, "");
        page.find(By.cssSelector("#slider-date .slider-next")).click();
        page.waitForAnswer(next, "");
        assertThat(page.driver().getCurrentUrl()).contains("on=" + next);
        page.until(d -> page.attr("#slider-date .slider-prev", "class") != null);
        page.find(By.cssSelector("#slider-date .slider-prev")).click();
        String previous = changes.lower(LocalDate.parse(next)).toString();
        page.waitForAnswer(previous, "");
    }

    /** Two dates, then one date at two record instants: the rows are the API's changes. */
    void theCompareViewShowsTheDiffAndWhyAnAnswerChanged() throws IOException {
        page.open("/?lang=en#/compare?from=2020-01-01&to=2022-01-01");
        page.until(d -> "ready".equals(page.attr("#view-compare", "data-state")));
        JsonNode dates = api.get("/api/v1/presence/diff?from=2020-01-01&to=2022-01-01");
        assertThat(page.findAll(By.cssSelector("#diff tbody tr[data-subject]"))).hasSize(dates.get("changes").size());
        JsonNode first = dates.get("changes").get(0);
        assertThat(page.attr("#diff tbody tr[data-subject='" + first.get("subjectType").asString() + "/"
                + first.get("subjectId").asString() + "']", "data-subject")).isNotNull();

        String query = "on=2021-01-01&fromKnownAt=2000-01-01T00:00:00Z";
        page.open("/?lang=en#/compare?" + query);
        page.until(d -> "ready".equals(page.attr("#view-compare", "data-state")));
        JsonNode record = api.get("/api/v1/presence/diff?" + query);
        assertThat(record.get("changes").size()).as("nothing was known in 2000").isGreaterThan(3);
        assertThat(page.findAll(By.cssSelector("#diff tbody tr[data-subject]"))).hasSize(record.get("changes").size());
        assertThat(page.findAll(By.cssSelector("#diff li[data-change='RECORDED']"))).isNotEmpty();
        page.screenshot("compare-record-time");
    }

    /** CSV (and its Excel form) and JSON of what is shown; a permalink that fixes the instant and names the head. */
    void theDownloadsAndThePermalinkReproduceTheAnswer() {
        page.open("/?on=" + DATE + "&lang=en#/");
        page.waitForAnswer(DATE, "");
        page.until(d -> page.attr("#dl-date .dl-csv", "class") != null);
        for (String[] kind : new String[][]{{"dl-csv", "sijill-date-" + DATE + ".csv", "on,asKnownAt,headSeq"},
                {"dl-excel", "sijill-date-" + DATE + ".excel.csv", "EF BB BF on,asKnownAt,headSeq"},
                {"dl-json", "sijill-date-" + DATE + ".json", "{\"on\":\"" + DATE + "\""}}) {
            // The page's CSP (connect-src 'self') forbids fetching blob: URLs, so the test keeps the Blob it is given.
            page.js("document.querySelectorAll('a.dl-file').forEach(a => a.remove());"
                    + "if (!window.keptBlobs) { const make = URL.createObjectURL; window.keptBlobs = [];"
                    + " URL.createObjectURL = b => { window.keptBlobs.push(b); return make(b); }; }");
            page.find(By.cssSelector("#dl-date ." + kind[0])).click();
            page.until(d -> page.attr("a.dl-file", "download") != null);
            assertThat(page.attr("a.dl-file", "download")).isEqualTo(kind[1]);
            Object text = ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const blob = window.keptBlobs[window.keptBlobs.length - 1];"
                            + "blob.arrayBuffer().then(bytes => { const head = new Uint8Array(bytes).slice(0, 3);"
                            + " const bom = head[0] === 0xEF && head[1] === 0xBB && head[2] === 0xBF;"
                            + " blob.text().then(text => done((bom ? 'EF BB BF ' : '') + text)); });");
            assertThat((String) text).as(kind[0]).startsWith(kind[2]);
        }
        page.find(By.cssSelector("#dl-date .dl-permalink")).click();
        String link = page.attr("#dl-date .dl-permalink-text", "value");
        JsonNode answer = api.get("/api/v1/presence?on=" + DATE);
        assertThat(link).contains("on=" + DATE).contains("asKnownAt=").contains("head=" + answer.get("head").get("seq"));
        page.find(By.cssSelector("#dl-date .dl-cite")).click();
        assertThat(page.attr("#dl-date .dl-citation-text", "value")).contains("Sijill").contains(DATE)
                .contains("CC BY 4.0");
        page.driver().get(link);
        String asKnownAt = link.replaceAll(".*asKnownAt=([^&#]*).*", "$1").replace("%3A", ":");
        page.waitForAnswer(DATE, asKnownAt);
        assertThat(Boolean.TRUE.equals(page.js("return document.getElementById('head-warning').hidden"))).isTrue();
        page.driver().get(link.replaceAll("head=\\d+", "head=1"));
        page.waitForAnswer(DATE, asKnownAt);
        assertThat(page.find(By.id("head-warning")).getText()).contains("record head 1");
    }
}

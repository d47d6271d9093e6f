package org.sijill.presence;

import org.sijill.record.CsvCells;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV form of a presence answer: one row per subject, lapsed and planned included, each naming the date and
 * instant asked and the record's head (CONTRACT.md Formats and rule 8), so that a row copied out alone still says
 * what it answers.
 */
final class PresenceCsv {

    static final List<String> COLUMNS = List.of("on", "asKnownAt", "headSeq", "headHash", "section", "subjectType", "subjectId", "nameEn", "nameAr", "province",
            "value", "count", "low", "high", "basis", "whenDate", "whenUntil", "precision", "inTransition",
            "heldUntil", "announced", "due", "factId", "version", "sources", "alternatives");

    private PresenceCsv() {
    }

    /** One section per subject type, chosen by a switch expression: a new subject type is named here by the compiler. */
    static List<List<Object>> rows(Presence p) {
        List<List<Object>> rows = new ArrayList<>();
        for (SubjectType type : SubjectType.values()) {
            rows.addAll(switch (type) {
                case TROOPS -> p.troops().stream().map(t -> row("troops", type.name(), t.force(), null, null, null, null,
                        t.count(), t.low(), t.high(), t.basis(), t.when(), t.inTransition(), null, null, null,
                        t.factId(), t.version(), CsvCells.sources(t.sources()),
                        ids(t.alternatives(), Presence.Troops::factId))).toList();
                case MISSION -> p.missions().stream().map(m -> row("missions", type.name(), m.scope(), null, null, null,
                        m.phase(), null, null, null, m.basis(), m.when(), m.inTransition(), null, null, null,
                        m.factId(), m.version(), CsvCells.sources(m.sources()),
                        ids(m.alternatives(), Presence.Mission::factId))).toList();
                case BASE -> p.bases().stream().map(b -> row("bases", type.name(), b.baseId(), b.nameEn(), b.nameAr(),
                        b.province(), b.status(), null, null, null, b.basis(), b.when(), b.inTransition(), null, null,
                        null, b.factId(), b.version(), CsvCells.sources(b.sources()),
                        ids(b.alternatives(), Presence.BaseState::factId))).toList();
                case AGREEMENT -> p.agreements().stream().map(a -> row("agreements", type.name(), a.agreementId(),
                        a.nameEn(), a.nameAr(), null, a.status(), null, null, null, a.basis(), a.when(),
                        a.inTransition(), null, null, null, a.factId(), a.version(), CsvCells.sources(a.sources()),
                        ids(a.alternatives(), Presence.AgreementState::factId))).toList();
            });
        }
        p.lapsed().forEach(c -> rows.add(claim("lapsed", c)));
        p.planned().forEach(c -> rows.add(claim("planned", c)));
        List<Object> asked = Arrays.asList(p.on(), p.asKnownAt(), p.head().seq(), p.head().hash());
        return rows.stream().map(row -> {
            List<Object> named = new ArrayList<>(asked);
            named.addAll(row);
            return named;
        }).toList();
    }

    private static List<Object> claim(String section, ClaimView c) {
        return row(section, c.subjectType(), c.subjectId(), c.nameEn(), c.nameAr(), null, c.value(), c.count(), c.low(),
                c.high(), c.basis(), c.when(), null, c.heldUntil(), c.announced() == null ? null : c.announced().date(),
                c.due(), c.factId(), c.version(), CsvCells.sources(c.sources()), null);
    }

    private static List<Object> row(String section, String type, String id, String nameEn, String nameAr,
                                    String province, String value, Long count, Long low, Long high, String basis,
                                    When when, Boolean inTransition, LocalDate heldUntil, String announced, Boolean due,
                                    String factId, int version, String sources, String alternatives) {
        return Arrays.asList(section, type, id, nameEn, nameAr, province, value, count, low, high, basis,
                CsvCells.date(when), CsvCells.until(when), CsvCells.precision(when), inTransition, heldUntil, announced,
                due, factId, version, sources, alternatives);
    }

    private static <T> String ids(List<T> alternatives, java.util.function.Function<T, String> id) {
        return alternatives == null ? null : String.join(" | ", alternatives.stream().map(id).toList());
    }
}

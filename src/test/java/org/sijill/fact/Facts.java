package org.sijill.fact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test data: well-formed fact content that individual tests vary. */
final class Facts {

    static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-01-03T10:00:00Z");

    private Facts() {
    }

    static FactContent troopLevel(int count) {
        return new FactContent(FactKind.TROOP_LEVEL, When.of("2021-12", Precision.MONTH),
                Map.of("force", "US", "count", count), List.of(new SourceRef("doc-1", "p. 3, para 2")),
                "US troops in Iraq at the end of the combat mission", Rank.NORMAL);
    }

    static FactContent withData(FactKind kind, Map<String, Object> data) {
        FactContent base = troopLevel(2500);
        return new FactContent(kind, base.when(), data, base.sources(), base.summaryEn(), base.rank());
    }

    static FactContent withWhen(When when) {
        FactContent base = troopLevel(2500);
        return new FactContent(base.kind(), when, base.data(), base.sources(), base.summaryEn(), base.rank());
    }

    static FactRecorded recorded(String id, FactContent content) {
        return new FactRecorded(id, content, "editor", T1);
    }
}

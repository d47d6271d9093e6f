package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request bodies of the fact writes (CONTRACT.md "Writes"). */
final class FactInput {

    /** Completed at start from every kind's declaration ({@link KindSchemas}). */
    static final String DATA = "The kind's data; its shape per kind is generated from the kinds' declarations.";

    private FactInput() {
    }

    @Schema(example = """
            {"kind":"BASE_STATUS","when":{"date":"2020-03","precision":"MONTH"},
             "data":{"baseId":"k1","status":"HANDED_OVER"},
             "sources":[{"sourceId":"004_381da1ff9ba8b82d","locator":"line 17, «سلمتها قوات التحالف»"}],
             "summaryEn":"The coalition handed K-1 to Iraqi forces in March 2020."}""")
    record NewFact(@Schema(requiredMode = REQUIRED, description = "one of the kinds (enumerated from FactKind)") String kind,
                   @Schema(requiredMode = REQUIRED) WhenInput when,
                   @Schema(requiredMode = REQUIRED, description = DATA) Map<String, Object> data,
                   @Schema(requiredMode = REQUIRED, minLength = 1) List<SourceRef> sources,
                   @Schema(requiredMode = REQUIRED, maxLength = 2000) String summaryEn,
                   @Schema(defaultValue = "NORMAL") String rank) {

        FactContent toContent() {
            List<Violation> violations = new ArrayList<>();
            FactKind parsedKind = Enums.parse(FactKind.class, kind, "kind", violations);
            Rank parsedRank = rank == null ? Rank.NORMAL : Enums.parse(Rank.class, rank, "rank", violations);
            var parsedWhen = when == null ? null : when.toWhen("when", violations);
            if (when == null) {
                violations.add(new Violation("when", "is required"));
            }
            Checks.throwIfAny(violations);
            return new FactContent(parsedKind, parsedWhen, data, sources, summaryEn, parsedRank);
        }
    }

    @Schema(example = """
            {"expectedVersion":1,"reason":"The article gives the handover month as April",
             "when":{"date":"2020-04","precision":"MONTH"}}""")
    record Correction(@Schema(requiredMode = REQUIRED, minimum = "1") Long expectedVersion,
                      @Schema(requiredMode = REQUIRED, maxLength = 1000) String reason, WhenInput when,
                      @Schema(description = DATA) Map<String, Object> data,
                      List<SourceRef> sources, String summaryEn, String rank) {

        FactCorrection toCorrection() {
            List<Violation> violations = new ArrayList<>();
            requireVersion(expectedVersion, violations);
            Rank parsedRank = rank == null ? null : Enums.parse(Rank.class, rank, "rank", violations);
            var parsedWhen = when == null ? null : when.toWhen("when", violations);
            Checks.throwIfAny(violations);
            return new FactCorrection(parsedWhen, data, sources, summaryEn, parsedRank);
        }
    }

    @Schema(example = """
            {"expectedVersion":2,"reason":"Duplicate of n004-k1-handover-2020-03"}""")
    record Retraction(@Schema(requiredMode = REQUIRED, minimum = "1") Long expectedVersion,
                      @Schema(requiredMode = REQUIRED, maxLength = 1000) String reason) {

        long version() {
            List<Violation> violations = new ArrayList<>();
            requireVersion(expectedVersion, violations);
            Checks.throwIfAny(violations);
            return expectedVersion;
        }
    }

    static void requireVersion(Long expectedVersion, List<Violation> violations) {
        if (expectedVersion == null) {
            violations.add(new Violation("expectedVersion", "is required"));
        } else if (expectedVersion < 1) {
            violations.add(new Violation("expectedVersion", "must be 1 or more"));
        }
    }

    record Written(String factId, long version) {
    }
}

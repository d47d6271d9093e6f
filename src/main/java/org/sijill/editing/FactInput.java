package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.Words;
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
             "summaryEn":"EXAMPLE (the bundled record already states this claim, so sending it unchanged is a 409 naming n004-k1-handover-2020-03; try it with ?dryRun=true)."}""")
    record NewFact(@Schema(requiredMode = REQUIRED, description = "one of the kinds (enumerated from FactKind)")
                   @NotNull(message = "is required") @Words("kind") @Nullable String kind,
                   @Schema(requiredMode = REQUIRED) @NotNull(message = "is required") @Valid @Nullable WhenInput when,
                   @Schema(requiredMode = REQUIRED, description = DATA) @Nullable Map<String, Object> data,
                   @Schema(requiredMode = REQUIRED) @ArraySchema(minItems = 1, maxItems = 20) @Nullable List<SourceRef> sources,
                   @Schema(requiredMode = REQUIRED, maxLength = 2000) @Nullable String summaryEn,
                   @Schema(maxLength = 2000, description = "the Arabic summary") @Nullable String summaryAr,
                   @Schema(defaultValue = "NORMAL") @Words("rank") @Nullable String rank) {

        /**
         * The content to record, or a refusal naming every violation at once: the envelope's constraints
         * ({@code refused}) and the fact's content rules on every part the constraints left standing.
         */
        FactContent toContent(List<Violation> refused) {
            boolean kindKnown = refused.stream().noneMatch(v -> v.field().equals("kind"));
            boolean whenKnown = refused.stream().noneMatch(v -> v.field().startsWith("when"));
            FactContent content = new FactContent(kindKnown ? FactKind.valueOf(kind) : null,
                    whenKnown ? when.toWhen() : null, data, sources, summaryEn, summaryAr,
                    rank == null || !refused.stream().noneMatch(v -> v.field().equals("rank")) ? Rank.NORMAL
                            : Rank.valueOf(rank));
            Checks.throwIfAny(merged(refused, content.problems()));
            return content;
        }
    }

    @Schema(example = """
            {"expectedVersion":1,"reason":"EXAMPLE: try it with ?dryRun=true, which writes nothing",
             "when":{"date":"2020-04","precision":"MONTH"}}""")
    record Correction(@Schema(requiredMode = REQUIRED, minimum = "1") @NotNull(message = "is required")
                      @Min(value = 1, message = "must be 1 or more") @Nullable Long expectedVersion,
                      @Schema(requiredMode = REQUIRED, maxLength = 1000) @NotBlank(message = "is required")
                      @Size(max = 1000, message = "must be at most 1000 characters") @Nullable String reason,
                      @Valid @Nullable WhenInput when,
                      @Schema(description = DATA) @Nullable Map<String, Object> data,
                      @Nullable List<SourceRef> sources, @Nullable String summaryEn, @Nullable String summaryAr,
                      @Words("rank") @Nullable String rank) {

        /** The parts to correct, once the constraints have passed; the corrected content is checked by the fact. */
        FactCorrection toCorrection() {
            return new FactCorrection(when == null ? null : when.toWhen(), data, sources, summaryEn, summaryAr,
                    rank == null ? null : Rank.valueOf(rank));
        }
    }

    @Schema(example = """
            {"expectedVersion":2,"reason":"Duplicate of n004-k1-handover-2020-03"}""")
    record Retraction(@Schema(requiredMode = REQUIRED, minimum = "1") @NotNull(message = "is required")
                      @Min(value = 1, message = "must be 1 or more") @Nullable Long expectedVersion,
                      @Schema(requiredMode = REQUIRED, maxLength = 1000) @NotBlank(message = "is required")
                      @Size(max = 1000, message = "must be at most 1000 characters") @Nullable String reason) {
    }

    /** The constraints' refusals, then the content rules' on fields the constraints did not already refuse. */
    static List<Violation> merged(List<Violation> refused, List<Violation> content) {
        List<Violation> all = new ArrayList<>(refused);
        content.stream().filter(v -> refused.stream().noneMatch(r -> v.field().startsWith(r.field())
                || r.field().startsWith(v.field()))).forEach(all::add);
        return all;
    }

    record Written(String factId, long version) {
    }
}

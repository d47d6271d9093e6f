package org.sijill.record;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.Words;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;
import org.sijill.web.Params;

import java.time.Instant;

/** The question of {@code GET /facts}: every filter, the page and the order; all refusals in one 400. */
record FactQuery(
        @Parameter(example = "BASE_STATUS") @Words("kind") @Nullable String kind,
        @Parameter(example = "2020-01") @DateParam @Nullable String from,
        @Parameter(example = "2021-12") @DateParam @Nullable String to,
        @Parameter(example = "US") @Words("force") @Nullable String force,
        @Parameter(example = "k1") @Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE) @Nullable String baseId,
        @Parameter(example = "004_381da1ff9ba8b82d") @Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE)
        @Nullable String sourceId,
        @Parameter(example = "عين الاسد") @Size(max = 200, message = "must be at most 200 characters") @Nullable String q,
        @Parameter(example = "2026-11-23T16:40:00Z") @InstantParam @Nullable String asKnownAt,
        @Min(value = 0, message = "must be between 0 and 1000000") @Max(value = 1_000_000,
                message = "must be between 0 and 1000000") @Nullable Integer page,
        @Min(value = 1, message = "must be between 1 and " + Params.MAX_PAGE_SIZE) @Max(value = Params.MAX_PAGE_SIZE,
                message = "must be between 1 and " + Params.MAX_PAGE_SIZE) @Nullable Integer size,
        @Parameter(example = "when") @Pattern(regexp = FactOrder.FORMS, message = FactOrder.MESSAGE)
        @Nullable String sort,
        @Nullable Boolean includeRetracted) {

    FactFilter filter(Instant now) {
        return new FactFilter(kind, Params.start("from", from), Params.end("to", to), force, baseId, sourceId, q,
                Params.instant("asKnownAt", asKnownAt, now),
                Boolean.TRUE.equals(includeRetracted));
    }

}

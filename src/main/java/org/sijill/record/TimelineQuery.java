package org.sijill.record;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.Words;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;
import org.sijill.web.Params;

import java.time.Instant;

/** The question of {@code GET /timeline}: a valid-time range, a kind, an instant and a page. */
record TimelineQuery(
        @Parameter(example = "2019-12") @DateParam @Nullable String from,
        @Parameter(example = "2022-12") @DateParam @Nullable String to,
        @Parameter(example = "MISSION_PHASE") @Words("kind") @Nullable String kind,
        @InstantParam @Nullable String asKnownAt,
        @Min(value = 0, message = "must be between 0 and 1000000") @Max(value = 1_000_000,
                message = "must be between 0 and 1000000") @Nullable Integer page,
        @Min(value = 1, message = "must be between 1 and " + Params.MAX_PAGE_SIZE) @Max(value = Params.MAX_PAGE_SIZE,
                message = "must be between 1 and " + Params.MAX_PAGE_SIZE) @Nullable Integer size) {

    FactFilter filter(Instant now) {
        return new FactFilter(kind, Params.start("from", from), Params.end("to", to), null, null,
                null, null, Params.instant("asKnownAt", asKnownAt, now), false);
    }
}

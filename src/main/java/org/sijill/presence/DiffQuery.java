package org.sijill.presence;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;

/**
 * The question of {@code GET /presence/diff}: either two dates at one instant ({@code from}, {@code to},
 * {@code asKnownAt}) or one date at two instants ({@code on}, {@code fromKnownAt}, {@code toKnownAt}).
 */
record DiffQuery(
        @Parameter(example = "2020-01-01", description = "with to: the earlier date") @DateParam @Nullable String from,
        @Parameter(example = "2022-01-01", description = "with from: the later date") @DateParam @Nullable String to,
        @InstantParam @Nullable String asKnownAt,
        @Parameter(description = "with fromKnownAt and toKnownAt: the one date compared") @DateParam @Nullable String on,
        @Parameter(description = "with on: the earlier record instant") @InstantParam @Nullable String fromKnownAt,
        @Parameter(description = "with on: the later record instant (default now)") @InstantParam
        @Nullable String toKnownAt) {

    /** Whether the question is about one date at two record instants. */
    boolean acrossRecordTime() {
        return on != null || fromKnownAt != null || toKnownAt != null;
    }
}

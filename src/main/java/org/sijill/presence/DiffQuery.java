package org.sijill.presence;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;

/** The question of {@code GET /presence/diff}: two dates, one instant. */
record DiffQuery(
        @Parameter(example = "2020-01-01", required = true) @NotBlank(message = "is required") @DateParam
        @Nullable String from,
        @Parameter(example = "2022-01-01", required = true) @NotBlank(message = "is required") @DateParam
        @Nullable String to,
        @InstantParam @Nullable String asKnownAt) {
}

package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.Precision;
import org.sijill.fact.When;
import org.sijill.fact.Words;

/** A "when" as a client sends it; its date's form for the precision is a content rule of the fact. */
record WhenInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
                         example = "2021-12") @NotBlank(message = "is required") @Nullable String date,
                 @Schema(pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description = "the span's last period, same form")
                 @Nullable String until,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"DAY", "MONTH", "YEAR"})
                 @NotNull(message = "is required, one of DAY, MONTH, YEAR") @Words("precision") @Nullable String precision) {

    /** The when, once the constraints have passed. */
    When toWhen() {
        return new When(date, until, Precision.valueOf(precision));
    }
}

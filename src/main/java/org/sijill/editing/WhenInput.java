package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sijill.fact.Precision;
import org.sijill.fact.When;
import org.sijill.shared.Violation;

import java.util.List;

/** A "when" as a client sends it; precision is checked here so a bad value names its field. */
record WhenInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
                         example = "2021-12") String date,
                 @Schema(pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description = "the span's last period, same form")
                 String until,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"DAY", "MONTH", "YEAR"})
                 String precision) {

    When toWhen(String field, List<Violation> violations) {
        Precision parsed = Enums.parse(Precision.class, precision, field + ".precision", violations);
        return parsed == null ? null : new When(date, until, parsed);
    }
}

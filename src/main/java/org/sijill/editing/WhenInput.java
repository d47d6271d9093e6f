package org.sijill.editing;

import org.sijill.fact.Precision;
import org.sijill.fact.When;
import org.sijill.shared.Violation;

import java.util.List;

/** A "when" as a client sends it; precision is checked here so a bad value names its field. */
record WhenInput(String date, String until, String precision) {

    When toWhen(String field, List<Violation> violations) {
        Precision parsed = Enums.parse(Precision.class, precision, field + ".precision", violations);
        return parsed == null ? null : new When(date, until, parsed);
    }
}

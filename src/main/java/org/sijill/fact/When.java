package org.sijill.fact;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * Valid time of a fact: a date in the form its precision dictates ({@code 2021-12} for MONTH) and,
 * for a span, the {@code until} date in the same form. {@link FactRules} checks the form before
 * {@link #start()} or {@link #end()} are called.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record When(String date, String until, Precision precision) {

    public static When of(String date, Precision precision) {
        return new When(date, null, precision);
    }

    /** First day of the period. */
    public LocalDate start() {
        return precision.parse(date).orElseThrow(() -> new IllegalStateException("invalid date " + date));
    }

    /** First day after the period (after the span's last period when {@code until} is given). */
    public LocalDate end() {
        String last = until == null ? date : until;
        return precision.next(precision.parse(last).orElseThrow(() -> new IllegalStateException("invalid date " + last)));
    }
}

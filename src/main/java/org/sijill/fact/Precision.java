package org.sijill.fact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** How finely a valid-time date is known: the form of its text and the length of its period. */
public enum Precision {
    DAY("\\d{4}-\\d{2}-\\d{2}"),
    MONTH("\\d{4}-\\d{2}"),
    YEAR("\\d{4}");

    private final Pattern form;

    Precision(String form) {
        this.form = Pattern.compile(form);
    }

    /** The first day of the period the text names, or empty if the text is not a real date of this precision. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || !form.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (this) {
                case DAY -> LocalDate.parse(text);
                case MONTH -> LocalDate.parse(text + "-01");
                case YEAR -> LocalDate.parse(text + "-01-01");
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Finer precisions rank higher when two claims tie on their start. */
    public int fineness() {
        return values().length - ordinal();
    }
}

package org.sijill.web;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The forms of the read endpoints' query parameters, and their conversion once a query record's constraints
 * ({@link DateParam}, {@link InstantParam}) have passed; a value that reaches a conversion unchecked is still a
 * 400 naming the parameter, never a 500. Dates take the forms of a "when": YYYY-MM-DD, YYYY-MM or YYYY.
 */
public final class Params {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** The form of every id (facts, sources, bases, agreements), for {@code @Pattern} on query records. */
    public static final String ID_FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    public static final String ID_MESSAGE = "must be 1-100 letters, digits, '.', '_' or '-'";

    private Params() {
    }

    /** What is wrong with a date parameter, or null when it is absent or right. */
    static @Nullable String dateProblem(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            return "must be a date: YYYY-MM-DD, YYYY-MM or YYYY";
        }
        try {
            return Period.contains(firstDay(value)) ? null : Period.describe();
        } catch (DateTimeParseException e) {
            return "is not a real date";
        }
    }

    private static LocalDate firstDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.parse(value + "-01-01");
            case 7 -> LocalDate.parse(value + "-01");
            default -> LocalDate.parse(value);
        };
    }

    static boolean isInstant(@Nullable String value) {
        try {
            return value == null || value.isBlank() || Instant.parse(value) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first day of the period the parameter names; null when absent. */
    public static @Nullable LocalDate start(String name, @Nullable String value) {
        String problem = dateProblem(value);
        if (problem != null) {
            throw bad(name, problem);
        }
        return value == null || value.isBlank() ? null : firstDay(value);
    }

    /** The first day after the period the parameter names; null when absent. */
    public static LocalDate end(String name, String value) {
        LocalDate start = start(name, value);
        if (start == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> start.plusYears(1);
            case 7 -> start.plusMonths(1);
            default -> start.plusDays(1);
        };
    }

    public static LocalDate requiredStart(String name, String value) {
        LocalDate date = start(name, value);
        if (date == null) {
            throw bad(name, "is required");
        }
        return date;
    }

    /** An ISO-8601 instant such as 2026-11-23T16:40:00Z; {@code now} when absent. */
    public static Instant instant(String name, String value, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "must be an ISO-8601 UTC instant such as 2026-11-23T16:40:00Z");
        }
    }

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > 1_000_000) {
            throw bad("page", "must be between 0 and 1000000");
        }
        return page;
    }

    public static int size(Integer size) {
        if (size == null) {
            return 20;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw bad("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    public static InvalidCommandException bad(String name, String message) {
        return new InvalidCommandException(name, message);
    }
}

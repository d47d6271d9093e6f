package org.sijill.web;

import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Query parameters shared by the read endpoints. Every malformed value is a 400 naming the parameter,
 * never a 500. Dates take the forms of a "when": YYYY-MM-DD, YYYY-MM or YYYY.
 */
public final class Params {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Params() {
    }

    /** The first day of the period the parameter names; null when absent. */
    public static LocalDate start(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            throw bad(name, "must be a date: YYYY-MM-DD, YYYY-MM or YYYY");
        }
        LocalDate day;
        try {
            day = switch (value.length()) {
                case 4 -> LocalDate.parse(value + "-01-01");
                case 7 -> LocalDate.parse(value + "-01");
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException e) {
            throw bad(name, "is not a real date");
        }
        if (!Period.contains(day)) {
            throw bad(name, Period.describe());
        }
        return day;
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

    public static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw bad(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    public static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ID.matcher(value).matches()) {
            throw bad(name, "must be 1-100 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    public static String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw bad(name, "must be at most " + maxLength + " characters");
        }
        return value == null || value.isBlank() ? null : value;
    }

    public static InvalidCommandException bad(String name, String message) {
        return new InvalidCommandException(name, message);
    }
}

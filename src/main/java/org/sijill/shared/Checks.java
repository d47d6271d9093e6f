package org.sijill.shared;

import java.util.List;
import java.util.regex.Pattern;

/** Small reusable field checks that add a {@link Violation} to a list instead of throwing. */
public final class Checks {

    /** Identifiers of sources, bases, agreements and facts: letters, digits, '.', '_' and '-'. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** C0/C1 controls other than newline and tab, and the bidirectional overrides that can disguise text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n\\t]]");

    private Checks() {
    }

    public static void id(List<Violation> out, String field, String value) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(field, "is required"));
        } else if (!ID.matcher(value).matches()) {
            out.add(new Violation(field, "must be 1-100 letters, digits, '.', '_' or '-'"));
        }
    }

    public static void text(List<Violation> out, String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Violation(field, "is required"));
            }
        } else if (value.length() > maxLength) {
            out.add(new Violation(field, "must be at most " + maxLength + " characters"));
        } else if (CONTROL.matcher(value).find()) {
            out.add(new Violation(field, "must not contain control characters"));
        }
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
    }
}

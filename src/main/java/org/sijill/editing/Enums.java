package org.sijill.editing;

import org.sijill.shared.Violation;

import java.util.Arrays;
import java.util.List;

/** Parses enum values sent as text, so an unknown value becomes a violation naming the field. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "is required, one of " + names(type)));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "must be one of " + names(type)));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}

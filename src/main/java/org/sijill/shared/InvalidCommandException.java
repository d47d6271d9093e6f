package org.sijill.shared;

import java.util.List;

/** A command refused for its content; nothing was stored. Clients see it as 400 with the violations. */
public class InvalidCommandException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidCommandException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder text = new StringBuilder("Invalid command:");
        violations.forEach(v -> text.append(' ').append(v.field()).append(": ").append(v.message()).append(';'));
        return text.toString();
    }
}

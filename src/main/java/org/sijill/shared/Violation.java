package org.sijill.shared;

/** One reason a command was refused: the offending field (a JSON path such as {@code data.count}) and why. */
public record Violation(String field, String message) {
}

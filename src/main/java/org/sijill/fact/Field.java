package org.sijill.fact;

import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One declared field of a kind's data: a word from a closed set, a whole count, or the id of a
 * registered base or agreement. Fields a kind does not declare are free (bounded by {@link DataRules}).
 */
public record Field(String name, Type type, boolean required, TermSet terms, Reference reference) {

    /** Larger than any force ever deployed; anything above is a typing error. */
    static final long MAX_COUNT = 2_000_000;
    /** More bases than the coalition ever held at once. */
    static final int MAX_IDS = 100;

    public enum Type { ONE_OF, COUNT, ID, IDS }

    static Field oneOf(String name, TermSet terms, boolean required) {
        return new Field(name, Type.ONE_OF, required, terms, null);
    }

    static Field count(String name, boolean required) {
        return new Field(name, Type.COUNT, required, null, null);
    }

    static Field id(String name, Reference reference, boolean required) {
        return new Field(name, Type.ID, required, null, reference);
    }

    /** A list of ids of registered entries (a statement naming the bases troops moved from). */
    static Field ids(String name, Reference reference) {
        return new Field(name, Type.IDS, false, null, reference);
    }

    /** The ids this field names in the data: none, one (ID) or several (IDS); values of the wrong form are skipped. */
    List<String> idsIn(Map<String, Object> data) {
        Object value = data.get(name);
        if (value instanceof String id && type == Type.ID) {
            return List.of(id);
        }
        if (value instanceof List<?> list && type == Type.IDS) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** The codes a ONE_OF field takes; empty for the others. */
    public Set<String> allowed() {
        return terms == null ? Set.of() : terms.codes();
    }

    void check(List<Violation> out, Map<String, Object> data) {
        Object value = data.get(name);
        String path = "data." + name;
        if (value == null) {
            if (required) {
                out.add(new Violation(path, type == Type.ONE_OF ? "is required, one of " + sorted() : "is required"));
            }
            return;
        }
        switch (type) {
            case ONE_OF -> {
                if (!(value instanceof String text) || !allowed().contains(text)) {
                    out.add(new Violation(path, "must be one of " + sorted()));
                }
            }
            case COUNT -> {
                if (count(value) == null) {
                    out.add(new Violation(path, "must be a whole number between 0 and " + MAX_COUNT));
                }
            }
            case ID -> Checks.id(out, path, value instanceof String text ? text : "\u0000");
            case IDS -> {
                if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_IDS) {
                    out.add(new Violation(path, "must be a list of 1 to " + MAX_IDS + " ids"));
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        Checks.id(out, path + "[" + i + "]", list.get(i) instanceof String text ? text : "\u0000");
                    }
                }
            }
        }
    }

    /** The value as a count, or null when it is not a whole number in range. */
    static Long count(Object value) {
        if (!(value instanceof Integer || value instanceof Long)) {
            return null;
        }
        long number = ((Number) value).longValue();
        return number < 0 || number > MAX_COUNT ? null : number;
    }

    private String sorted() {
        return String.join(", ", allowed().stream().sorted().toList());
    }
}

package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.Checks;
import org.sijill.shared.Period;
import org.sijill.shared.Violation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One declared field of a kind's data, read from a component of the kind's {@link KindData} record: a word
 * from a closed set, a whole count, the id or ids of registered entries, a date with its precision, or a flag.
 * Fields a kind does not declare are free (bounded by {@link DataRules}).
 */
public record Field(String name, Type type, boolean required, @Nullable TermSet terms, @Nullable Reference reference) {

    /** Larger than any force ever deployed; anything above is a typing error. */
    static final long MAX_COUNT = 2_000_000;
    /** More bases than the coalition ever held at once. */
    static final int MAX_IDS = 100;
    static final String WHEN_FORM = "%s: {\"date\":\"YYYY-MM\",\"precision\":\"MONTH\"} (DAY, MONTH or YEAR)";

    public enum Type { ONE_OF, COUNT, ID, IDS, WHEN, FLAG }

    /** The field a record component declares; a component of no known form is a mistake in the declaration. */
    static Field of(RecordComponent component) {
        String name = component.getName();
        boolean required = !component.getAnnotatedType().isAnnotationPresent(Nullable.class);
        Words words = component.getAnnotation(Words.class);
        Registered registered = component.getAnnotation(Registered.class);
        Class<?> type = component.getType();
        if (words != null) {
            return new Field(name, Type.ONE_OF, required, Vocabulary.named(words.value()), null);
        }
        if (registered != null && (type == String.class || type == List.class)) {
            return new Field(name, type == String.class ? Type.ID : Type.IDS, required, null, registered.value());
        }
        if (type == Long.class) {
            return new Field(name, Type.COUNT, required, null, null);
        }
        if (type == When.class) {
            return new Field(name, Type.WHEN, required, null, null);
        }
        if (type == Boolean.class) {
            return new Field(name, Type.FLAG, required, null, null);
        }
        throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + name
                + ": a kind's field is a @Words text, a Long count, a @Registered id or list, a When or a Boolean");
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
        // A switch expression, so the compiler names every Type it misses (Java 17 checks no switch statement).
        List<Violation> problems = switch (type) {
            case ONE_OF -> value instanceof String text && allowed().contains(text) ? List.of()
                    : List.of(new Violation(path, "must be one of " + sorted()));
            case COUNT -> count(value) != null ? List.of()
                    : List.of(new Violation(path, "must be a whole number between 0 and " + MAX_COUNT));
            case ID -> ids(path, List.of(value));
            case IDS -> value instanceof List<?> list && !list.isEmpty() && list.size() <= MAX_IDS
                    ? ids(path, list) : List.of(new Violation(path, "must be a list of 1 to " + MAX_IDS + " ids"));
            case WHEN -> whenProblems(path, value);
            case FLAG -> value instanceof Boolean ? List.of() : List.of(new Violation(path, "must be true or false"));
        };
        out.addAll(problems);
    }

    private List<Violation> ids(String path, List<?> values) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Object id = values.get(i);
            Checks.id(found, type == Type.IDS ? path + "[" + i + "]" : path, id instanceof String text ? text : "\u0000");
        }
        return found;
    }

    private static List<Violation> whenProblems(String path, Object value) {
        if (!(value instanceof Map<?, ?> map) || map.size() != 2 || !(map.get("date") instanceof String date)
                || !(map.get("precision") instanceof String precision)
                || !Set.of("DAY", "MONTH", "YEAR").contains(precision)
                || Precision.valueOf(precision).parse(date).isEmpty()) {
            return List.of(new Violation(path, WHEN_FORM.formatted("must be")));
        }
        return Period.contains(Precision.valueOf(precision).parse(date).get()) ? List.of()
                : List.of(new Violation(path, Period.describe()));
    }

    /** The value as a count, or null when it is not a whole number in range. */
    static @Nullable Long count(@Nullable Object value) {
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

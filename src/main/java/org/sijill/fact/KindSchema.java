package org.sijill.fact;

import org.sijill.shared.Violation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the system knows about one kind of fact, declared once on its {@link FactKind}: its data
 * fields, which presence subject it is a claim about (none for the record kinds), which field names the
 * subject and which carries the claimed value. Validation, the presence projection, the reference
 * check and search all read this, so a new kind or field is one change here.
 *
 * <p>Claim kinds also take {@code basis} ({@link Basis}, default REPORTED) and, for PLANNED,
 * {@code announced}: when the plan was made, in the {@link When} form, not after the planned date.
 */
public record KindSchema(SubjectType subject, String subjectField, String valueField, List<Field> fields) {

    static final String BASIS = "basis";
    static final String ANNOUNCED = "announced";

    static KindSchema claim(SubjectType subject, String subjectField, String valueField, Field... fields) {
        return new KindSchema(subject, subjectField, valueField, List.of(fields));
    }

    static KindSchema record(Field... fields) {
        return new KindSchema(null, null, null, List.of(fields));
    }

    /** The presence subject this kind's facts are claims about; empty for record kinds. */
    public Optional<SubjectType> subjectType() {
        return Optional.ofNullable(subject);
    }

    public String subjectId(Map<String, Object> data) {
        return subjectField == null ? null : text(data, subjectField);
    }

    /** The claimed value (phase, status); null for troop levels, whose value is their count. */
    public String value(Map<String, Object> data) {
        return valueField == null ? null : text(data, valueField);
    }

    /** The claim's basis (REPORTED when not given); null for record kinds, which are no claims. */
    public Basis basis(Map<String, Object> data) {
        if (subject == null) {
            return null;
        }
        return data.get(BASIS) instanceof String text ? Basis.valueOf(text) : Basis.REPORTED;
    }

    /** When a PLANNED claim was announced; null otherwise. */
    public When announced(Map<String, Object> data) {
        return data.get(ANNOUNCED) instanceof Map<?, ?> map && map.get("date") instanceof String date
                && map.get("precision") instanceof String precision ? When.of(date, Precision.valueOf(precision)) : null;
    }

    /** The ids of registered entries of one registry that the data names, in field order. */
    public Set<String> references(Reference reference, Map<String, Object> data) {
        Set<String> ids = new LinkedHashSet<>();
        for (Field field : fields) {
            if (field.reference() == reference && data != null) {
                ids.addAll(field.idsIn(data));
            }
        }
        return ids;
    }

    void check(List<Violation> out, Map<String, Object> data, When when) {
        fields.forEach(field -> field.check(out, data));
        Long count = Field.count(data.get("count"));
        Long low = Field.count(data.get("low"));
        Long high = Field.count(data.get("high"));
        if (count != null && low != null && low > count) {
            out.add(new Violation("data.low", "must not be above data.count"));
        }
        if (count != null && high != null && high < count) {
            out.add(new Violation("data.high", "must not be below data.count"));
        }
        checkBasis(out, data, when);
    }

    private void checkBasis(List<Violation> out, Map<String, Object> data, When when) {
        Object basis = data.get(BASIS);
        Object announced = data.get(ANNOUNCED);
        if (subject == null) {
            if (basis != null || announced != null) {
                out.add(new Violation(basis != null ? "data.basis" : "data.announced",
                        "is only for claims (TROOP_LEVEL, MISSION_PHASE, BASE_STATUS, AGREEMENT)"));
            }
            return;
        }
        Set<String> bases = Set.of(Basis.REPORTED.name(), Basis.ANNOUNCED.name(), Basis.PLANNED.name());
        if (basis != null && !(basis instanceof String text && bases.contains(text))) {
            out.add(new Violation("data.basis", "must be one of ANNOUNCED, PLANNED, REPORTED"));
            return;
        }
        boolean planned = Basis.PLANNED.name().equals(basis);
        if (!planned) {
            if (announced != null) {
                out.add(new Violation("data.announced", "is only for PLANNED claims"));
            }
            return;
        }
        Optional<When> made = announcedWhen(out, announced);
        if (made.isPresent() && when != null && when.precision() != null && when.precision().parse(when.date()).isPresent()
                && made.get().start().isAfter(when.precision().parse(when.date()).get())) {
            out.add(new Violation("data.announced", "must not be after the planned date"));
        }
    }

    private static Optional<When> announcedWhen(List<Violation> out, Object announced) {
        String problem = "is required for a PLANNED claim: {\"date\":\"YYYY-MM\",\"precision\":\"MONTH\"} (DAY, MONTH or YEAR)";
        if (!(announced instanceof Map<?, ?> map) || map.size() != 2 || !(map.get("date") instanceof String date)
                || !(map.get("precision") instanceof String precision)
                || !Set.of("DAY", "MONTH", "YEAR").contains(precision)
                || Precision.valueOf(precision).parse(date).isEmpty()
                || !org.sijill.shared.Period.contains(Precision.valueOf(precision).parse(date).get())) {
            out.add(new Violation("data.announced", problem));
            return Optional.empty();
        }
        return Optional.of(When.of(date, Precision.valueOf(precision)));
    }

    private static String text(Map<String, Object> data, String key) {
        return data.get(key) instanceof String s ? s : null;
    }
}

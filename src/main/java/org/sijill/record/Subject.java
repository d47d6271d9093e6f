package org.sijill.record;

import org.sijill.fact.Basis;
import org.sijill.fact.FactContent;
import org.sijill.fact.KindSchema;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;

import java.util.Map;

/**
 * What a fact is a claim about, for presence (read from its kind's {@link KindSchema}): the subject,
 * the claimed value or count, the basis, and for a plan when it was announced. Facts of record kinds
 * are about no presence subject.
 */
record Subject(SubjectType type, String id, String value, Long count, Long low, Long high, Basis basis,
               When announced) {

    static Subject of(FactContent content) {
        KindSchema schema = content.kind().schema();
        if (schema.subjectType().isEmpty()) {
            return null;
        }
        Map<String, Object> data = content.data();
        SubjectType type = schema.subjectType().get();
        boolean troops = switch (type) {
            case TROOPS -> true;
            case MISSION, BASE, AGREEMENT -> false;
        };
        return new Subject(type, schema.subjectId(data), schema.value(data),
                troops ? number(data, "count") : null, troops ? number(data, "low") : null,
                troops ? number(data, "high") : null, schema.basis(data), schema.announced(data));
    }

    private static Long number(Map<String, Object> data, String key) {
        return data.get(key) instanceof Number n ? n.longValue() : null;
    }
}

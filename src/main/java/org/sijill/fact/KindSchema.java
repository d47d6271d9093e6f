package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.Violation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the system knows about one kind of fact, read once from its {@link KindData} record: the declared
 * fields in component order and, for a {@link ClaimData} record, the presence subject it is about. Validation,
 * the reference check, the vocabulary, the API document and search read this; presence reads the typed record.
 *
 * @param type the kind's record; its components are the fields
 */
public record KindSchema(Class<? extends KindData> type, @Nullable SubjectType subject, List<Field> fields) {

    private static final Set<String> CLAIM_ONLY = Set.of("basis", "announced", "inferred");
    /** Reads a checked data object into its record; free fields are kept in the object, not in the record. */
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static KindSchema of(Class<? extends KindData> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getSimpleName() + ": a kind's data is a record");
        }
        About about = type.getAnnotation(About.class);
        if ((about != null) != ClaimData.class.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getSimpleName() + ": a claim record, and only one, says what it is @About");
        }
        List<Field> fields = Arrays.stream(type.getRecordComponents()).map(Field::of).toList();
        if (about != null && fields.stream().noneMatch(f -> f.name().equals(about.value().field()) && f.required())) {
            throw new IllegalStateException(type.getSimpleName() + ": a claim about " + about.value()
                    + " names it by a required component " + about.value().field());
        }
        return new KindSchema(type, about == null ? null : about.value(), fields);
    }

    /** The presence subject this kind's facts are claims about; empty for record kinds. */
    public Optional<SubjectType> subjectType() {
        return Optional.ofNullable(subject);
    }

    /**
     * The data as its record; call only on data that passed {@link #check}, or that a stored event carries.
     * Before {@code inferred} was declared, a version could carry it as free text (the reason of an inference):
     * such a value is free, not a flag, and is left out of the record rather than failing the event's replay.
     */
    public KindData read(Map<String, Object> data) {
        if (data.containsKey(INFERRED) && !(data.get(INFERRED) instanceof Boolean)) {
            Map<String, Object> flagless = new java.util.LinkedHashMap<>(data);
            flagless.remove(INFERRED);
            return READER.convertValue(flagless, type);
        }
        return READER.convertValue(data, type);
    }

    private static final String INFERRED = "inferred";

    /** The ids of registered entries of one registry that the data names, in field order. */
    public Set<String> references(Reference reference, @Nullable Map<String, Object> data) {
        Set<String> ids = new LinkedHashSet<>();
        for (Field field : fields) {
            if (field.reference() == reference && data != null) {
                ids.addAll(field.idsIn(data));
            }
        }
        return ids;
    }

    /** Each declared field's form, then, when those hold, the record's own rules across fields. */
    void check(List<Violation> out, Map<String, Object> data, @Nullable When when) {
        int before = out.size();
        fields.forEach(field -> field.check(out, data));
        if (subject == null) {
            CLAIM_ONLY.stream().sorted().filter(data::containsKey).forEach(key -> out.add(new Violation("data." + key,
                    "is only for claims (TROOP_LEVEL, MISSION_PHASE, BASE_STATUS, AGREEMENT)")));
        }
        if (out.size() == before) {
            read(data).check(out, when);
        }
    }
}

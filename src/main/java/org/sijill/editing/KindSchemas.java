package org.sijill.editing;

import io.swagger.v3.oas.models.media.Schema;
import org.sijill.fact.FactKind;
import org.sijill.fact.Field;
import org.sijill.fact.KindSchema;
import org.sijill.fact.Rank;
import org.sijill.fact.Vocabulary;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API document's word lists and per-kind data shapes for the write bodies, derived from {@link FactKind}
 * and {@link Vocabulary} at start (annotations would copy them): a new kind or word reaches the document
 * without an edit here.
 */
@Component
class KindSchemas implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (String body : List.of("NewFact", "Correction")) {
            Schema<?> schema = api.getComponents().getSchemas().get(body);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            enumerate(schema.getProperties().get("kind"), Arrays.stream(FactKind.values()).map(Enum::name).toList());
            enumerate(schema.getProperties().get("rank"), Arrays.stream(Rank.values()).map(Enum::name).toList());
            Schema<?> data = schema.getProperties().get("data");
            if (data != null) {
                data.setDescription(dataShapes());
            }
        }
        enumerateQueryWords(api);
    }

    /**
     * A query parameter named as a word field of the kinds (force, scope…) or {@code kind} lists the words it
     * takes, whether one value or a list: its {@code @Words} constraint checks them, this says them.
     */
    private static void enumerateQueryWords(io.swagger.v3.oas.models.OpenAPI api) {
        java.util.Map<String, List<String>> words = new java.util.HashMap<>();
        words.put("kind", Arrays.stream(FactKind.values()).map(Enum::name).toList());
        for (FactKind kind : FactKind.values()) {
            kind.schema().fields().stream().filter(f -> f.type() == Field.Type.ONE_OF)
                    .forEach(f -> words.putIfAbsent(f.name(), List.copyOf(f.allowed())));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            operation.getParameters().stream().filter(p -> "query".equals(p.getIn()) && words.containsKey(p.getName())
                    && p.getSchema() != null).forEach(p -> {
                Schema<?> target = p.getSchema().getItems() != null ? p.getSchema().getItems() : p.getSchema();
                enumerate(target, words.get(p.getName()));
            });
        }));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumerate(Schema property, List<String> values) {
        if (property != null) {
            property.setEnum(values);
        }
    }

    /** "TROOP_LEVEL: force (US, …), count, optional low, …" for every kind, from its declaration. */
    static String dataShapes() {
        String kinds = Arrays.stream(FactKind.values()).map(kind -> kind.name() + ": " + fields(kind.schema()))
                .collect(Collectors.joining(". "));
        return "The kind's data (GET /api/v1/vocabulary lists every field and word with English and Arabic labels). "
                + kinds + ". A claim's basis is REPORTED when absent; a PLANNED claim must say when it was announced."
                + " Fields a kind does not declare are free (speaker, round, place, counts...).";
    }

    private static String fields(KindSchema schema) {
        return schema.fields().stream().map(KindSchemas::field).collect(Collectors.joining(", "));
    }

    private static String field(Field field) {
        String shape = switch (field.type()) {
            case ONE_OF -> field.name() + " (" + String.join(", ", field.allowed()) + ")";
            case COUNT -> field.name() + " (whole number)";
            case ID -> field.name() + " (id of a registered " + field.reference().name().toLowerCase() + ")";
            case IDS -> field.name() + " (list of ids of registered " + field.reference().name().toLowerCase() + "s)";
            case WHEN -> field.name() + " ({\"date\",\"precision\"})";
            case FLAG -> field.name() + " (true or false)";
        };
        return field.required() ? shape : "optional " + shape;
    }
}

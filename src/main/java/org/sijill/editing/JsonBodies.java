package org.sijill.editing;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import jakarta.validation.Validator;
import org.sijill.shared.Checks;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.Violation;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads write bodies strictly (unknown fields, trailing content and wrong types are refused) and turns
 * every parse failure into a 400 naming the JSON path, without echoing internals; then applies the request
 * record's Bean Validation constraints. The controller keeps the body's bytes, which the idempotency
 * fingerprint is taken over, so the record is read here rather than by Spring's message converter.
 */
@Component
class JsonBodies {

    private final JsonMapper json;
    private final Validator validator;

    JsonBodies(JsonMapper json, Validator validator) {
        this.validator = validator;
        this.json = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // No coercion between JSON types: 9223372036854775808 or false is not a text, "1" is not a number.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    <T> T parse(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new InvalidCommandException("body", "a JSON object is required");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JacksonException e) {
            String path = path(e);
            String field = path.isEmpty() ? "body" : path;
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof StreamReadException ? "is not well-formed JSON"
                    : path.isEmpty() ? "must be a JSON object" : "has the wrong type or form";
            throw new InvalidCommandException(field, message);
        }
        if (value == null) {
            throw new InvalidCommandException("body", "a JSON object is required");
        }
        return value;
    }

    /** The record's constraint violations, by field then message, named by their JSON path. */
    List<Violation> violations(Object input) {
        return validator.validate(input).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList();
    }

    /** The record once its constraints pass; otherwise a 400 with every violation. */
    <T> T read(byte[] body, Class<T> type) {
        T value = parse(body, type);
        Checks.throwIfAny(violations(value));
        return value;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

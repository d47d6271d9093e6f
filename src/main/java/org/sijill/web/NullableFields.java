package org.sijill.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declares in the API document every record component marked {@link Nullable} as nullable (OpenAPI 3.1: "null"
 * joins the property's types; a reference becomes "the referenced schema or null"), so that a client generated from
 * the document accepts the nulls the server sends. JSpecify's annotation is a type-use annotation, which swagger-core
 * does not read from a record's components, hence this converter; it leaves everything else to the chain.
 */
@Component
class NullableFields implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = raw(type);
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        List<String> required = model.getRequired() == null ? List.of() : model.getRequired();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            // A property the document requires (a request's mandatory part) is refused when null, not sent as null.
            if (property != null && !required.contains(component.getName())
                    && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        return resolved;
    }

    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema none = new Schema();
            none.setTypes(new LinkedHashSet<>(List.of("null")));
            Schema either = new Schema();
            either.setAnyOf(List.of(new Schema().$ref(property.get$ref()), none));
            either.setDescription(property.getDescription());
            return either;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : new LinkedHashSet<>(property.getType() == null ? List.of() : List.of(property.getType()));
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new java.util.ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static @Nullable Class<?> raw(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c) {
            return c;
        }
        if (type.getType() instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        JavaType constructed = Json.mapper().constructType(type.getType());
        return constructed == null ? null : constructed.getRawClass();
    }
}

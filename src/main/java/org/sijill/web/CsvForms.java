package org.sijill.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * Names {@code text/csv} beside JSON on every read whose answer has a table form ({@link CsvConverter}): an answer
 * type that is a {@link CsvTable} or a list of {@link CsvRow}s, or, for a handler answering one of several types, any
 * of the types its {@code @ApiResponse} lists. The API document then says which reads answer CSV, as the converter does.
 */
@Component
class CsvForms implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!offersCsv(handler) || operation.getResponses() == null) {
            return operation;
        }
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            if (ok.getContent() == null) {
                ok.setContent(new Content());
            }
            ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()
                    .description("CSV with a header row; the columns are named in the codebook (/codebook)")));
        }
        return operation;
    }

    /** The converter's own test ({@link CsvConverter#tableForm}), on the declared answer or the types it lists. */
    static boolean offersCsv(HandlerMethod handler) {
        if (CsvConverter.tableForm(handler.getMethod().getGenericReturnType(), handler.getMethod().getReturnType())) {
            return true;
        }
        var documented = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class);
        return documented != null && Arrays.stream(documented.content())
                .flatMap(content -> java.util.stream.Stream.concat(Arrays.stream(content.schema().oneOf()),
                        Arrays.stream(content.schema().anyOf()))).anyMatch(CsvTable.class::isAssignableFrom);
    }
}

package org.sijill.web;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@code text/csv} (RFC 4180, UTF-8, with a header row) for answers that have a table form: a
 * {@link CsvTable}, or a list of {@link CsvRow}s. Any other answer asked for as CSV is a 406. Registered
 * after the JSON converter, so JSON stays the answer to {@code Accept: *}{@code /*}. Quoting and escaping
 * are Jackson's CSV writer's.
 */
@Component
public class CsvConverter extends AbstractGenericHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Offered without parameters, so it is no more specific than JSON when a client accepts anything. */
    private static final MediaType OFFERED = new MediaType("text", "csv");
    private static final CsvMapper CSV = CsvMapper.builder().build();

    public CsvConverter() {
        super(OFFERED);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return CsvTable.class.isAssignableFrom(clazz) || Collection.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        if (mediaType != null && (!canWrite(mediaType) || mediaType.isWildcardType() || mediaType.isWildcardSubtype())) {
            return false;
        }
        return tableForm(type, clazz);
    }

    /** Whether an answer of this type has a table form: a {@link CsvTable}, or a collection of {@link CsvRow}s. */
    static boolean tableForm(Type type, Class<?> clazz) {
        if (CsvTable.class.isAssignableFrom(clazz)) {
            return true;
        }
        return Collection.class.isAssignableFrom(clazz) && type instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && CsvRow.class.isAssignableFrom(element);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Object answer, Type type, HttpOutputMessage output) throws IOException {
        List<String> columns;
        List<List<Object>> rows = new ArrayList<>();
        if (answer instanceof CsvTable table) {
            columns = table.csvColumns();
            rows.addAll(table.csvRows());
        } else {
            columns = List.of();
            for (Object element : (Collection<?>) answer) {
                CsvRow row = (CsvRow) element;
                columns = row.csvColumns();
                rows.add(row.csvValues());
            }
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        output.getHeaders().setContentType(TEXT_CSV);
        if (columns.isEmpty()) {
            return;
        }
        CSV.writer(schema.build()).writeValues(output.getBody()).writeAll(rows.stream().map(List::toArray).toList())
                .close();
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }
}

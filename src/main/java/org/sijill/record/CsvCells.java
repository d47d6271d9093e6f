package org.sijill.record;

import org.sijill.fact.When;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** How the read model's values look in a CSV cell: sources and ids joined with " | ", data as JSON. */
public final class CsvCells {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CsvCells() {
    }

    public static String sources(List<SourceView> sources) {
        return sources == null ? null : String.join(" | ", sources.stream()
                .map(s -> s.sourceId() + ": " + s.locator()).toList());
    }

    public static String json(Map<String, Object> data) {
        return data == null ? null : JSON.writeValueAsString(data);
    }

    public static String date(When when) {
        return when == null ? null : when.date();
    }

    public static String until(When when) {
        return when == null ? null : when.until();
    }

    public static String precision(When when) {
        return when == null ? null : when.precision().name();
    }
}

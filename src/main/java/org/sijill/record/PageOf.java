package org.sijill.record;

import java.util.List;

/** A page of a list: zero-based page number, page size, and the total across all pages. */
public record PageOf<T>(List<T> items, int page, int size, long total) implements org.sijill.web.CsvTable {

    /** The items as rows (every page of facts has the same columns, an empty one included). */
    @Override
    public List<String> csvColumns() {
        return items.isEmpty() || !(items.get(0) instanceof org.sijill.web.CsvRow row) ? FactView.CSV_COLUMNS
                : row.csvColumns();
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().filter(org.sijill.web.CsvRow.class::isInstance)
                .map(item -> ((org.sijill.web.CsvRow) item).csvValues()).toList();
    }

}

package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of a fact (CONTRACT.md "fact"); recordedAt and recordedBy are this version's. */
public record FactView(String factId, int version, String kind, When when, String summaryEn,
                       @org.jspecify.annotations.Nullable String summaryAr,
                       Map<String, Object> data, List<SourceView> sources, String rank, String status,
                       Instant recordedAt, String recordedBy) implements org.sijill.web.CsvRow {

    public static final List<String> CSV_COLUMNS = List.of("factId", "version", "kind", "whenDate", "whenUntil", "precision",
            "summaryEn", "summaryAr", "data", "sources", "rank", "status", "recordedAt", "recordedBy");

    @Override
    public List<String> csvColumns() {
        return CSV_COLUMNS;
    }

    @Override
    public List<Object> csvValues() {
        return java.util.Arrays.asList(factId, version, kind, CsvCells.date(when), CsvCells.until(when),
                CsvCells.precision(when), summaryEn, summaryAr, CsvCells.json(data), CsvCells.sources(sources), rank, status,
                recordedAt, recordedBy);
    }
}

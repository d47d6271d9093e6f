package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version in a fact's history: how it changed, why, when and by whom, and what it then said. */
public record HistoryEntry(int version, String change, @org.jspecify.annotations.Nullable String reason, Instant recordedAt, String recordedBy,
                           String kind, When when, String summaryEn,
                           @org.jspecify.annotations.Nullable String summaryAr, Map<String, Object> data,
                           List<SourceView> sources, String rank, String status) implements org.sijill.web.CsvRow {

    @Override
    public List<String> csvColumns() {
        return List.of("version", "change", "reason", "recordedAt", "recordedBy", "kind", "whenDate", "whenUntil",
                "precision", "summaryEn", "summaryAr", "data", "sources", "rank", "status");
    }

    @Override
    public List<Object> csvValues() {
        return java.util.Arrays.asList(version, change, reason, recordedAt, recordedBy, kind, CsvCells.date(when),
                CsvCells.until(when), CsvCells.precision(when), summaryEn, summaryAr, CsvCells.json(data),
                CsvCells.sources(sources), rank, status);
    }
}

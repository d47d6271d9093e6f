package org.sijill.presence;

import org.jspecify.annotations.Nullable;
import org.sijill.eventstore.EventLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every subject's series of one type in one answer (CONTRACT.md {@code GET /presence/series?type=}): each item is
 * what the one-subject series answers for that subject. {@code from} is null when each series starts at its
 * subject's first claim. As CSV: one row per segment, the one-subject series' columns.
 */
public record SeriesSet(String type, @Nullable LocalDate from, LocalDate to, Instant asKnownAt, EventLog.Head head,
                        List<Series> series) implements org.sijill.web.CsvTable {

    @Override
    public List<String> csvColumns() {
        return Series.COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        series.forEach(one -> rows.addAll(one.csvRows()));
        return rows;
    }
}

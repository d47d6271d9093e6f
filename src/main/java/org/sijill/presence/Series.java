package org.sijill.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sijill.eventstore.EventLog;
import org.sijill.record.CsvCells;
import org.sijill.record.SourceView;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One subject's history (CONTRACT.md GET /presence/series): consecutive segments, each the longest
 * run of days decided by the same claim, {@code to} being the segment's last day; days with no value
 * are in no segment. {@code planned} lists the subject's PLANNED claims known at {@code asKnownAt}.
 */
public record Series(String subjectType, String subjectId, @org.jspecify.annotations.Nullable String nameEn, @org.jspecify.annotations.Nullable String nameAr, LocalDate from,
                     LocalDate to, Instant asKnownAt, EventLog.Head head, List<Segment> segments,
                     List<ClaimView> planned)
        implements org.sijill.web.CsvTable {

    /** As CSV: one row per segment. */
    @Override
    public List<String> csvColumns() {
        return COLUMNS;
    }

    static final List<String> COLUMNS = List.of("subjectType", "subjectId", "from", "to", "value", "count", "low",
            "high", "basis", "whenDate", "whenUntil", "precision", "factId", "version", "sources", "alternatives");

    @Override
    public List<List<Object>> csvRows() {
        return segments.stream().map(s -> java.util.Arrays.<Object>asList(subjectType, subjectId, s.from(), s.to(),
                s.value(), s.count(), s.low(), s.high(), s.basis(), CsvCells.date(s.when()), CsvCells.until(s.when()),
                CsvCells.precision(s.when()), s.factId(), s.version(), CsvCells.sources(s.sources()),
                String.join(" | ", s.alternatives().stream().map(ClaimView::factId).toList()))).toList();
    }

    public record Segment(LocalDate from, LocalDate to, @org.jspecify.annotations.Nullable String value, @org.jspecify.annotations.Nullable Long count, @org.jspecify.annotations.Nullable Long low,
                          @org.jspecify.annotations.Nullable Long high,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String qualifier, String basis, boolean inferred,
                          When when, String factId, int version, List<SourceView> sources,
                          List<ClaimView> alternatives) {

        static Segment of(ClaimRule.Run run) {
            Claim c = run.deciding();
            return new Segment(run.from(), run.to(), c.value(), c.count(), c.low(), c.high(), c.qualifier(), c.basis(),
                    c.inferred(), c.when(),
                    c.factId(), c.version(), c.sources(), run.alternatives().stream().map(ClaimView::of).toList());
        }
    }
}

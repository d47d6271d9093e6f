package org.sijill.presence;

import org.jspecify.annotations.Nullable;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the answer for one date changed between two record instants (CONTRACT.md
 * {@code GET /presence/diff?on=&fromKnownAt=&toKnownAt=}): each subject whose entry differs, its entry as known at
 * each instant (null: the subject had no claim starting by then) and the recordings, corrections and retractions
 * in between that bear on the date: those of facts about the subject whose claim, before or after the change,
 * starts on or before it (a claim starting later cannot decide the date). {@code fromHead} and {@code head} name
 * the record at each instant. As CSV: one row per recording, its subject's entries repeated.
 */
public record RecordDiff(LocalDate on, Instant fromKnownAt, Instant toKnownAt, EventLog.Head fromHead,
                         EventLog.Head head, List<Change> changes) implements org.sijill.web.CsvTable {

    /** A subject's entry: the deciding claim, and whether it holds on the date ({@code lapsed} when it does not). */
    public record Entry(@Nullable String value, @Nullable Long count, String basis, boolean inferred, When when,
                        boolean lapsed, String factId, int version) {

        static Entry of(ClaimRule.Decision decision) {
            Claim c = decision.deciding();
            return new Entry(c.value(), c.count(), c.basis(), c.inferred(), c.when(), !decision.holds(), c.factId(),
                    c.version());
        }
    }

    /** One version recorded between the two instants. */
    public record Recording(String factId, int version, String change, @Nullable String reason, Instant recordedAt,
                            String recordedBy) {
    }

    public record Change(String subjectType, String subjectId, @Nullable Entry before, @Nullable Entry after,
                         List<Recording> recordings) {
    }

    @Override
    public List<String> csvColumns() {
        return List.of("on", "fromKnownAt", "toKnownAt", "subjectType", "subjectId", "beforeValue", "beforeCount",
                "beforeLapsed", "beforeFactId", "beforeVersion", "afterValue", "afterCount", "afterLapsed",
                "afterFactId", "afterVersion", "factId", "version", "change", "reason", "recordedAt", "recordedBy");
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Change c : changes) {
            List<Recording> recordings = c.recordings().isEmpty() ? java.util.Collections.singletonList(null)
                    : c.recordings();
            for (Recording r : recordings) {
                Entry b = c.before();
                Entry a = c.after();
                rows.add(java.util.Arrays.asList(on, fromKnownAt, toKnownAt, c.subjectType(), c.subjectId(),
                        b == null ? null : b.value(), b == null ? null : b.count(), b == null ? null : b.lapsed(),
                        b == null ? null : b.factId(), b == null ? null : b.version(), a == null ? null : a.value(),
                        a == null ? null : a.count(), a == null ? null : a.lapsed(), a == null ? null : a.factId(),
                        a == null ? null : a.version(), r == null ? null : r.factId(), r == null ? null : r.version(),
                        r == null ? null : r.change(), r == null ? null : r.reason(),
                        r == null ? null : r.recordedAt(), r == null ? null : r.recordedBy()));
            }
        }
        return rows;
    }
}

package org.sijill.record;

import org.sijill.fact.FactContent;
import org.sijill.fact.Reference;
import org.sijill.readmodel.Table;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** One fact_version row waiting to be written; superseded_at is set when a later version arrives. */
final class FactVersionRow {

    /**
     * fact_version (and its replay shadow, made LIKE it): every column, in the order of {@link #values}. The
     * insert, the replay's checksum and its list of differences are all made from this declaration. In the
     * checksum, superseded_at counts only when the superseding version is within the compared head (alias
     * {@code n}), so a live model that has moved on still compares equal.
     */
    static final Table TABLE = Table.of("fact_version", List.of("fact_id", "version"), "fact_id", "version", "change",
                    "reason", "kind", "when_date", "when_until", "precision", "fineness", "valid_from", "valid_to",
                    "first_period_end", "data", "sources", "summary_en", "rank", "status", "recorded_at", "superseded_at",
                    "recorded_by", "subject_type", "subject_id", "subject_value", "count", "low", "high", "search_text",
                    "global_index", "basis", "announced_date", "announced_precision", "announced_from", "base_ids",
                    "summary_ar", "qualifier", "inferred")
            .withParameter("data", "CAST(? AS jsonb)").withParameter("sources", "CAST(? AS jsonb)")
            .withExpression("superseded_at", "CASE WHEN n.fact_id IS NOT NULL THEN v.superseded_at END");

    final String factId;
    final long version;
    final String change;
    final String reason;
    final FactContent content;
    final String status;
    final Instant recordedAt;
    final String recordedBy;
    /** The event's index in the store; -1 in the live read model, whose insert reads it by {@link #eventId}. */
    long globalIndex;
    String eventId;
    final Subject subject;
    Instant supersededAt;

    FactVersionRow(String factId, long version, String change, String reason, FactContent content, String status,
                   Instant recordedAt, String recordedBy, long globalIndex) {
        this.factId = factId;
        this.version = version;
        this.change = change;
        this.reason = reason;
        this.content = content;
        this.status = status;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.globalIndex = globalIndex;
        this.subject = Subject.of(content);
    }

    /** Column values in the order of {@link #TABLE}'s columns. */
    Object[] values(String data, String sources, String searchText) {
        var when = content.when();
        var announced = subject == null ? null : subject.announced();
        return new Object[]{factId, version, change, reason, content.kind().name(), when.date(), when.until(),
                when.precision().name(), when.precision().fineness(), Date.valueOf(when.start()),
                Date.valueOf(when.end()), Date.valueOf(when.precision().next(when.start())), data, sources,
                content.summaryEn(), content.rank().name(), status, Timestamp.from(recordedAt),
                supersededAt == null ? null : Timestamp.from(supersededAt), recordedBy,
                subject == null ? null : subject.type().name(), subject == null ? null : subject.id(),
                subject == null ? null : subject.value(), subject == null ? null : subject.count(),
                subject == null ? null : subject.low(), subject == null ? null : subject.high(), searchText,
                globalIndex, subject == null ? null : subject.basis().name(), announced == null ? null : announced.date(),
                announced == null ? null : announced.precision().name(),
                announced == null ? null : Date.valueOf(announced.start()),
                content.kind().schema().references(Reference.BASE, content.data()).toArray(String[]::new),
                content.summaryAr(), subject == null ? null : subject.qualifier(), subject != null && subject.inferred()};
    }
}

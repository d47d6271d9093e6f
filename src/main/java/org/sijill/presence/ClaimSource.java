package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.fact.SubjectType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where the presence rule's candidates come from: the read model ({@link SqlClaims}) or an audit export read offline
 * ({@link ExportClaims}). Both select the same candidates in the same order, so that {@link PresenceQueries} gives the
 * same answer over either; {@code OfflineAnswersIT} compares them byte for byte. "Known at T" means recorded at or
 * before T and not superseded by then; a candidate is also active and not DEPRECATED. Subjects are ordered by type,
 * then id, in code-point order (PostgreSQL's "C" collation), whatever the database's locale.
 */
interface ClaimSource {

    /** The last event recorded at or before the instant (the audit export's seq and hash), or the genesis. */
    EventLog.Head headAt(Instant asKnownAt);

    /**
     * For every subject (within the filter) with a claim starting on or before {@code on} that is not PLANNED: the
     * candidates of the latest start, in tie order, with {@link Claim#inTransition()} set; keyed by
     * {@link Claim#key()} in subject order.
     */
    Map<String, List<Claim>> latest(LocalDate on, Instant asKnownAt, SubjectFilter filter);

    /** The PLANNED claims announced on or before {@code on}, in subject, start and fact order. */
    List<Claim> plans(LocalDate on, Instant asKnownAt, SubjectFilter filter);

    /** One subject's claims, PLANNED ones or the others, in start and tie order. */
    List<Claim> subject(SubjectType type, String id, Instant asKnownAt, boolean planned);

    /** Every claim of the type, PLANNED ones included, in subject, start and tie order. */
    List<Claim> ofType(SubjectType type, Instant asKnownAt);

    /**
     * The versions recorded in (from, to] whose claim, or their previous version's, is about the subject and starts on
     * or before {@code on}, in record-time, fact and version order.
     */
    List<RecordDiff.Recording> recordings(String type, String id, LocalDate on, Instant from, Instant to);
}

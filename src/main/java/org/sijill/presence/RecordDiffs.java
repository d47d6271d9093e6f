package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Computes {@link RecordDiff}: presence on one date at two record instants, by the same rule ({@link ClaimRule}). */
@Service
class RecordDiffs {

    /** A version recorded in (from, to] whose claim, or its previous version's, is about the subject by the date. */
    private static final String RECORDINGS = """
            SELECT v.fact_id, v.version, v.change, v.reason, v.recorded_at, v.recorded_by
            FROM fact_version v LEFT JOIN fact_version p ON p.fact_id = v.fact_id AND p.version = v.version - 1
            WHERE v.recorded_at > :from AND v.recorded_at <= :to
              AND (v.subject_type = :type AND v.subject_id = :id AND v.valid_from <= :on
                   OR p.subject_type = :type AND p.subject_id = :id AND p.valid_from <= :on)
            ORDER BY v.recorded_at, v.fact_id, v.version""";

    private final PresenceQueries presence;
    private final JdbcClient jdbc;
    private final EventLog events;

    RecordDiffs(PresenceQueries presence, JdbcClient jdbc, EventLog events) {
        this.presence = presence;
        this.jdbc = jdbc;
        this.events = events;
    }

    RecordDiff between(LocalDate on, Instant fromKnownAt, Instant toKnownAt) {
        EventLog.Head fromHead = events.headAt(fromKnownAt);
        EventLog.Head head = events.headAt(toKnownAt);
        Map<String, List<Claim>> before = presence.claims(on, fromKnownAt, SubjectFilter.ALL);
        Map<String, List<Claim>> after = presence.claims(on, toKnownAt, SubjectFilter.ALL);
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        List<RecordDiff.Change> changes = new ArrayList<>();
        for (String subject : subjects.stream().sorted().toList()) {
            RecordDiff.Entry was = entry(on, before.get(subject));
            RecordDiff.Entry is = entry(on, after.get(subject));
            if (Objects.equals(was, is)) {
                continue;
            }
            Claim any = (after.containsKey(subject) ? after : before).get(subject).get(0);
            changes.add(new RecordDiff.Change(any.subjectType(), any.subjectId(), was, is,
                    recordings(any.subjectType(), any.subjectId(), on, fromKnownAt, toKnownAt)));
        }
        return new RecordDiff(on, fromKnownAt, toKnownAt, fromHead, head, changes);
    }

    private static RecordDiff.Entry entry(LocalDate on, List<Claim> claims) {
        return claims == null || claims.isEmpty() ? null : RecordDiff.Entry.of(ClaimRule.Decision.on(on, claims));
    }

    private List<RecordDiff.Recording> recordings(String type, String id, LocalDate on, Instant from, Instant to) {
        return jdbc.sql(RECORDINGS).param("type", type).param("id", id).param("on", Date.valueOf(on))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new RecordDiff.Recording(rs.getString("fact_id"), rs.getInt("version"),
                        rs.getString("change"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"))).list();
    }
}

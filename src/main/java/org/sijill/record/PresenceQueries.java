package org.sijill.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Presence on a date as known at an instant (CONTRACT.md, "Which claim answers"). For every subject,
 * the candidates are the versions known at T, active and not DEPRECATED, whose valid time starts on or
 * before D; those with the latest start are read through the presence index, ordered by the ties
 * (PREFERRED first, finer precision, later record), the first answering and the others alternatives.
 */
@Service
public class PresenceQueries {

    private static final String CANDIDATE = FactQueries.KNOWN_AT.replace("recorded_at", "v.recorded_at")
            .replace("superseded_at", "v.superseded_at")
            + " AND v.status = 'ACTIVE' AND v.rank <> 'DEPRECATED' AND v.valid_from <= :on"
            + " AND v.subject_type = s.subject_type AND v.subject_id = s.subject_id";

    /**
     * One backward scan of fact_version_presence per subject; WITH TIES keeps every claim of the latest start.
     * Only the columns an answer shows are read: data and search text are the bulk of a row.
     */
    private static final String SQL = """
            SELECT v.subject_type, v.subject_id, v.subject_value, v.count, v.low, v.high, v.when_date, v.when_until,
                   v.precision, v.fact_id, v.version, v.sources, v.rank, v.fineness, v.recorded_at,
                   (:on < v.first_period_end AND v.precision <> 'DAY') AS in_transition,
                   coalesce(b.name_en, a.name_en) AS name_en, coalesce(b.name_ar, a.name_ar) AS name_ar, b.province
            FROM presence_subject s
            CROSS JOIN LATERAL (SELECT v.* FROM fact_version v WHERE %s
                                ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS WITH TIES) v
            LEFT JOIN base b ON s.subject_type = 'BASE' AND b.base_id = s.subject_id
            LEFT JOIN agreement a ON s.subject_type = 'AGREEMENT' AND a.agreement_id = s.subject_id
            ORDER BY v.subject_type, v.subject_id, (v.rank = 'PREFERRED') DESC, v.fineness DESC,
                     v.recorded_at DESC, v.fact_id""".formatted(CANDIDATE);

    private final JdbcClient jdbc;
    private final FactRows rows;

    PresenceQueries(JdbcClient jdbc, FactRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Presence at(LocalDate on, Instant asKnownAt) {
        return PresenceView.of(on, asKnownAt, claims(on, asKnownAt));
    }

    public PresenceDiff diff(LocalDate from, LocalDate to, Instant asKnownAt) {
        return PresenceDiff.between(from, to, asKnownAt, claims(from, asKnownAt), claims(to, asKnownAt));
    }

    /** The candidates of every subject, winner first, keyed by subject in subject order. */
    Map<String, List<Claim>> claims(LocalDate on, Instant asKnownAt) {
        var registry = rows.sources();
        List<Claim> all = jdbc.sql(SQL).param("on", Date.valueOf(on)).param("t", Timestamp.from(asKnownAt))
                .query((rs, n) -> new Claim(rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("subject_value"), (Long) rs.getObject("count", Long.class),
                        (Long) rs.getObject("low", Long.class), (Long) rs.getObject("high", Long.class),
                        rows.when(rs), rs.getBoolean("in_transition"), rs.getString("fact_id"), rs.getInt("version"),
                        rows.citations(rs, registry), rs.getString("rank"), rs.getInt("fineness"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("name_en"), rs.getString("name_ar"),
                        rs.getString("province")))
                .list();
        Map<String, List<Claim>> bySubject = new LinkedHashMap<>();
        all.forEach(claim -> bySubject.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim));
        return bySubject;
    }
}

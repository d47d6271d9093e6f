package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.fact.Precision;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;
import org.sijill.record.FactQueries;
import org.sijill.record.FactRows;
import org.sijill.source.SourceEntry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates read from {@code fact_version} and {@code presence_subject}, which {@code record} keeps. Text is
 * ordered {@code COLLATE "C"} (code points), so that an answer's order does not depend on the database's locale and
 * equals {@link ExportClaims}'.
 */
@Component
class SqlClaims implements ClaimSource {

    private static final String ACTIVE = FactQueries.KNOWN_AT.replace("recorded_at", "v.recorded_at")
            .replace("superseded_at", "v.superseded_at") + " AND v.status = 'ACTIVE' AND v.rank <> 'DEPRECATED'";

    /** Only the columns an answer shows are read: data and search text are the bulk of a row. */
    private static final String COLUMNS = """
            v.subject_type, v.subject_id, v.subject_value, v.count, v.low, v.high, v.qualifier, v.basis, v.inferred, v.when_date, v.when_until,
            v.precision, v.announced_date, v.announced_precision, v.fact_id, v.version, v.sources, v.rank,
            v.fineness, v.recorded_at, coalesce(b.name_en, a.name_en) AS name_en,
            coalesce(b.name_ar, a.name_ar) AS name_ar, b.province""";

    private static final String NAMES = """
            LEFT JOIN base b ON v.subject_type = 'BASE' AND b.base_id = v.subject_id
            LEFT JOIN agreement a ON v.subject_type = 'AGREEMENT' AND a.agreement_id = v.subject_id""";

    private static final String SUBJECTS = "v.subject_type COLLATE \"C\", v.subject_id COLLATE \"C\"";

    private static final String TIES = "(v.rank = 'PREFERRED') DESC, v.fineness DESC, v.recorded_at DESC, v.fact_id COLLATE \"C\"";

    /** One backward scan of fact_version_presence per subject; WITH TIES keeps every claim of the latest start. */
    private static final String LATEST = """
            SELECT %s, (:on < v.first_period_end AND v.precision <> 'DAY') AS in_transition
            FROM presence_subject s
            CROSS JOIN LATERAL (SELECT v.* FROM fact_version v WHERE %s AND v.basis <> 'PLANNED'
                                AND v.valid_from <= :on AND v.subject_type = s.subject_type
                                AND v.subject_id = s.subject_id
                                ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS WITH TIES) v
            %s
            %%s
            ORDER BY %s, %s""".formatted(COLUMNS, ACTIVE, NAMES, SUBJECTS, TIES);

    private static final String PLANS = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.basis = 'PLANNED' AND v.announced_from <= :on %%s
            ORDER BY %s, v.valid_from, v.fact_id COLLATE "C"
            """.formatted(COLUMNS, NAMES, ACTIVE, SUBJECTS);

    private static final String SUBJECT = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.subject_type = :type AND v.subject_id = :id AND %%s
            ORDER BY v.valid_from, %s""".formatted(COLUMNS, NAMES, ACTIVE, TIES);

    private static final String TYPE = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.subject_type = :type
            ORDER BY v.subject_id COLLATE "C", v.valid_from, %s""".formatted(COLUMNS, NAMES, ACTIVE, TIES);

    private static final String KEYS = "v.subject_type || '/' || v.subject_id IN (:keys)";

    private static final String RECORDINGS = """
            SELECT v.fact_id, v.version, v.change, v.reason, v.recorded_at, v.recorded_by
            FROM fact_version v LEFT JOIN fact_version p ON p.fact_id = v.fact_id AND p.version = v.version - 1
            WHERE v.recorded_at > :from AND v.recorded_at <= :to
              AND (v.subject_type = :type AND v.subject_id = :id AND v.valid_from <= :on
                   OR p.subject_type = :type AND p.subject_id = :id AND p.valid_from <= :on)
            ORDER BY v.recorded_at, v.fact_id COLLATE "C", v.version""";

    private final JdbcClient jdbc;
    private final FactRows rows;
    private final EventLog events;

    SqlClaims(JdbcClient jdbc, FactRows rows, EventLog events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
    }

    @Override
    public EventLog.Head headAt(Instant asKnownAt) {
        return events.headAt(asKnownAt);
    }

    @Override
    public Map<String, List<Claim>> latest(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        String where = filter.isEmpty() ? "" : "WHERE " + KEYS.replace("v.", "s.");
        List<Claim> all = bind(jdbc.sql(LATEST.formatted(where)), on, asKnownAt, filter)
                .query(mapper(rows.sources())).list();
        Map<String, List<Claim>> bySubject = new LinkedHashMap<>();
        all.forEach(claim -> bySubject.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim));
        return bySubject;
    }

    @Override
    public List<Claim> plans(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        String where = filter.isEmpty() ? "" : "AND " + KEYS;
        return bind(jdbc.sql(PLANS.formatted(where)), on, asKnownAt, filter).query(mapper(rows.sources())).list();
    }

    @Override
    public List<Claim> subject(SubjectType type, String id, Instant asKnownAt, boolean planned) {
        return jdbc.sql(SUBJECT.formatted(planned ? "v.basis = 'PLANNED'" : "v.basis <> 'PLANNED'"))
                .param("type", type.name()).param("id", id)
                .param("t", Timestamp.from(asKnownAt)).query(mapper(rows.sources())).list();
    }

    @Override
    public List<Claim> ofType(SubjectType type, Instant asKnownAt) {
        return jdbc.sql(TYPE).param("type", type.name()).param("t", Timestamp.from(asKnownAt))
                .query(mapper(rows.sources())).list();
    }

    @Override
    public List<RecordDiff.Recording> recordings(String type, String id, LocalDate on, Instant from, Instant to) {
        return jdbc.sql(RECORDINGS).param("type", type).param("id", id).param("on", Date.valueOf(on))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new RecordDiff.Recording(rs.getString("fact_id"), rs.getInt("version"),
                        rs.getString("change"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"))).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, LocalDate on, Instant asKnownAt,
                                                 SubjectFilter filter) {
        sql = sql.param("on", Date.valueOf(on)).param("t", Timestamp.from(asKnownAt));
        return filter.isEmpty() ? sql : sql.param("keys", filter.keys());
    }

    private RowMapper<Claim> mapper(Map<String, SourceEntry> registry) {
        return (rs, n) -> {
            String announcedDate = rs.getString("announced_date");
            When announced = announcedDate == null ? null
                    : When.of(announcedDate, Precision.valueOf(rs.getString("announced_precision")));
            return new Claim(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_value"),
                    (Long) rs.getObject("count", Long.class), (Long) rs.getObject("low", Long.class),
                    (Long) rs.getObject("high", Long.class), rs.getString("qualifier"), rs.getString("basis"),
                    rs.getBoolean("inferred"), rows.when(rs), announced,
                    rs.getBoolean("in_transition"), rs.getString("fact_id"), rs.getInt("version"),
                    rows.citations(rs, registry), rs.getString("rank"), rs.getInt("fineness"),
                    rs.getTimestamp("recorded_at").toInstant(), rs.getString("name_en"), rs.getString("name_ar"),
                    rs.getString("province"));
        };
    }
}

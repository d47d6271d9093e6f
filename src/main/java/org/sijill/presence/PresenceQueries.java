package org.sijill.presence;

import org.sijill.record.FactQueries;
import org.sijill.record.FactRows;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.Precision;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;
import org.springframework.jdbc.core.RowMapper;
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
 * Presence on a date as known at an instant, its diff between dates and a subject's series
 * (CONTRACT.md "Which claim answers"). The SQL selects the candidates (known at T, active, not
 * DEPRECATED, not PLANNED) in tie order; {@link ClaimRule} decides.
 */
@Service
public class PresenceQueries {

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

    private static final String TIES = "(v.rank = 'PREFERRED') DESC, v.fineness DESC, v.recorded_at DESC, v.fact_id";

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
            ORDER BY v.subject_type, v.subject_id, %s""".formatted(COLUMNS, ACTIVE, NAMES, TIES);

    private static final String PLANS = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.basis = 'PLANNED' AND v.announced_from <= :on %%s
            ORDER BY v.subject_type, v.subject_id, v.valid_from, v.fact_id""".formatted(COLUMNS, NAMES, ACTIVE);

    private static final String SUBJECT = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.subject_type = :type AND v.subject_id = :id AND %%s
            ORDER BY v.valid_from, %s""".formatted(COLUMNS, NAMES, ACTIVE, TIES);

    private static final String TYPE = """
            SELECT %s, false AS in_transition FROM fact_version v %s
            WHERE %s AND v.subject_type = :type
            ORDER BY v.subject_id, v.valid_from, %s""".formatted(COLUMNS, NAMES, ACTIVE, TIES);

    private static final String KEYS = "v.subject_type || '/' || v.subject_id IN (:keys)";

    private final JdbcClient jdbc;
    private final FactRows rows;
    private final EventLog events;

    PresenceQueries(JdbcClient jdbc, FactRows rows, EventLog events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
    }

    /**
     * Presence on {@code on} as known at {@code asKnownAt}, naming the record's head at that instant (read first:
     * an event stored while the answer is computed is after the head, and so may or may not be in the answer;
     * at a past instant it is in neither).
     */
    public Presence at(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        EventLog.Head head = events.headAt(asKnownAt);
        return PresenceView.of(on, asKnownAt, head, claims(on, asKnownAt, filter), plans(on, asKnownAt, filter));
    }

    public PresenceDiff diff(LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = events.headAt(asKnownAt);
        return PresenceDiff.between(from, to, asKnownAt, head, claims(from, asKnownAt, SubjectFilter.ALL),
                claims(to, asKnownAt, SubjectFilter.ALL));
    }

    /** The subject's runs within [from (default: its first claim), to]; plans are listed whatever their date. */
    public Series series(SubjectType type, String id, LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = events.headAt(asKnownAt);
        List<Claim> claims = subject(type, id, asKnownAt, "v.basis <> 'PLANNED'");
        List<Claim> plans = subject(type, id, asKnownAt, "v.basis = 'PLANNED'");
        return series(type, id, claims, plans, from, to, asKnownAt, head);
    }

    /**
     * The series of every subject of {@code type} that has a claim or a plan known at {@code asKnownAt}, in subject
     * order, read in one query; each is what {@link #series(SubjectType, String, LocalDate, LocalDate, Instant)}
     * answers for it.
     */
    public SeriesSet seriesOf(SubjectType type, LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = events.headAt(asKnownAt);
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Map<String, List<Claim>> plans = new LinkedHashMap<>();
        for (Claim claim : jdbc.sql(TYPE).param("type", type.name()).param("t", Timestamp.from(asKnownAt))
                .query(mapper(rows.sources())).list()) {
            claims.computeIfAbsent(claim.subjectId(), k -> new ArrayList<>());
            plans.computeIfAbsent(claim.subjectId(), k -> new ArrayList<>());
            ("PLANNED".equals(claim.basis()) ? plans : claims).get(claim.subjectId()).add(claim);
        }
        List<Series> series = claims.keySet().stream().map(id -> series(type, id, claims.get(id), plans.get(id), from, to,
                asKnownAt, head)).toList();
        return new SeriesSet(type.typeName(), from, to, asKnownAt, head, series);
    }

    private static Series series(SubjectType type, String id, List<Claim> claims, List<Claim> plans,
                                 LocalDate from, LocalDate to, Instant asKnownAt, EventLog.Head head) {
        LocalDate start = from != null ? from : claims.isEmpty() ? to : claims.get(0).start();
        List<Series.Segment> segments = ClaimRule.runs(claims, start, to).stream().map(Series.Segment::of).toList();
        Claim named = !claims.isEmpty() ? claims.get(0) : plans.isEmpty() ? null : plans.get(0);
        return new Series(type.name(), id, named == null ? null : named.nameEn(), named == null ? null : named.nameAr(),
                start, to, asKnownAt, head, segments, plans.stream().map(ClaimView::of).toList());
    }

    /** The candidates of the latest start of every subject, in tie order, keyed by subject in subject order. */
    Map<String, List<Claim>> claims(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        String where = filter.isEmpty() ? "" : "WHERE " + KEYS.replace("v.", "s.");
        var registry = rows.sources();
        List<Claim> all = bind(jdbc.sql(LATEST.formatted(where)), on, asKnownAt, filter)
                .query(mapper(registry)).list();
        Map<String, List<Claim>> bySubject = new LinkedHashMap<>();
        all.forEach(claim -> bySubject.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim));
        return bySubject;
    }

    private List<Claim> plans(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        String where = filter.isEmpty() ? "" : "AND " + KEYS;
        return bind(jdbc.sql(PLANS.formatted(where)), on, asKnownAt, filter).query(mapper(rows.sources())).list();
    }

    /** The subject's claims that can decide (not PLANNED) known at {@code asKnownAt}, in start and tie order. */
    List<Claim> deciding(SubjectType type, String id, Instant asKnownAt) {
        return subject(type, id, asKnownAt, "v.basis <> 'PLANNED'");
    }

    private List<Claim> subject(SubjectType type, String id, Instant asKnownAt, String condition) {
        return jdbc.sql(SUBJECT.formatted(condition)).param("type", type.name()).param("id", id)
                .param("t", Timestamp.from(asKnownAt)).query(mapper(rows.sources())).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, LocalDate on, Instant asKnownAt,
                                                 SubjectFilter filter) {
        sql = sql.param("on", Date.valueOf(on)).param("t", Timestamp.from(asKnownAt));
        return filter.isEmpty() ? sql : sql.param("keys", filter.keys());
    }

    private RowMapper<Claim> mapper(Map<String, org.sijill.source.SourceEntry> registry) {
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

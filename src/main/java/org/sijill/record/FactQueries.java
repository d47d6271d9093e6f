package org.sijill.record;

import org.sijill.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Facts as they stood at an instant of record time: one, its history, and filtered pages. */
@Service
public class FactQueries {

    /** The rows known at instant {@code :t}; presence and exports select by it too. */
    public static final String KNOWN_AT = "recorded_at <= :t AND (superseded_at IS NULL OR superseded_at > :t)";

    private final JdbcClient jdbc;
    private final FactRows rows;

    FactQueries(JdbcClient jdbc, FactRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Optional<FactView> current(String factId, Instant asKnownAt) {
        var registry = rows.sources();
        return jdbc.sql("SELECT * FROM fact_version WHERE fact_id = :id AND " + KNOWN_AT)
                .param("id", factId).param("t", Timestamp.from(asKnownAt))
                .query((rs, n) -> rows.fact(rs, registry)).optional();
    }

    /** Every version, oldest first; empty when the fact is unknown. */
    public List<HistoryEntry> history(String factId) {
        var registry = rows.sources();
        return jdbc.sql("SELECT * FROM fact_version WHERE fact_id = :id ORDER BY version")
                .param("id", factId).query((rs, n) -> rows.history(rs, registry)).list();
    }

    public PageOf<FactView> search(FactFilter filter, FactOrder order, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT count(*) FROM fact_version WHERE " + where).params(params)
                .query(Long.class).single();
        var registry = rows.sources();
        List<FactView> items = jdbc.sql("SELECT * FROM fact_version WHERE " + where + " ORDER BY " + order.sql()
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> rows.fact(rs, registry)).list();
        return new PageOf<>(items, page, size, total);
    }

    private static String where(FactFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(KNOWN_AT);
        params.put("t", Timestamp.from(filter.asKnownAt()));
        if (!filter.includeRetracted()) {
            where.append(" AND status = 'ACTIVE'");
        }
        if (filter.kind() != null) {
            where.append(" AND kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.append(" AND valid_to > :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND valid_from < :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        if (filter.force() != null) {
            where.append(" AND data ->> 'force' = :force");
            params.put("force", filter.force());
        }
        if (filter.baseId() != null) {
            where.append(" AND base_ids @> ARRAY[CAST(:baseId AS text)]");
            params.put("baseId", filter.baseId());
        }
        if (filter.sourceId() != null) {
            where.append(" AND sources @> jsonb_build_array(jsonb_build_object('sourceId', :sourceId))");
            params.put("sourceId", filter.sourceId());
        }
        if (filter.q() != null && !SearchText.normalize(filter.q()).isEmpty()) {
            where.append(" AND search_text LIKE :q ESCAPE '\\'");
            params.put("q", "%" + SearchText.normalize(filter.q()).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        return where.toString();
    }

    /** The fact versions recorded after {@code after}, in record order, at most {@code limit}. */
    public List<Change> changes(long after, int limit) {
        return jdbc.sql("""
                SELECT global_index, fact_id, version, change, reason, recorded_at, recorded_by FROM fact_version
                WHERE global_index > :after ORDER BY global_index LIMIT :limit""")
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong("global_index"), rs.getString("fact_id"), rs.getInt("version"),
                        rs.getString("change"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }
}

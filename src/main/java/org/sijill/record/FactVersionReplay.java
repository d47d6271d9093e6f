package org.sijill.record;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.eventstore.EventLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the fact-versions read model into its shadow tables with the live projection's own code,
 * and compares the two by a checksum of canonical content.
 */
@Component
public class FactVersionReplay {

    /** Row count and an order-independent digest (sum of row hashes) of a table's canonical rows. */
    public record Checksum(long rows, String digest) {
    }

    /**
     * Canonical row text: every column, except that superseded_at counts only when the superseding
     * version is within the compared head, so a live model that has moved on still compares equal.
     */
    private static final String CHECKSUM = """
            SELECT count(*) AS rows, coalesce(sum(('x' || substr(md5(concat_ws('|', v.fact_id, v.version, v.change,
                v.reason, v.kind, v.when_date, v.when_until, v.precision, v.valid_from, v.valid_to, v.data::text,
                v.sources::text, v.summary_en, v.rank, v.status, v.recorded_at,
                CASE WHEN n.fact_id IS NOT NULL THEN v.superseded_at END, v.recorded_by, v.subject_type,
                v.subject_id, v.subject_value, v.count, v.low, v.high, v.search_text, v.global_index, v.basis,
                v.announced_date, v.announced_precision, v.announced_from)), 1, 15))
                ::bit(60)::bigint::numeric), 0)::text AS digest
            FROM %1$s v LEFT JOIN %1$s n
              ON n.fact_id = v.fact_id AND n.version = v.version + 1 AND n.global_index <= :head
            WHERE v.global_index <= :head""";

    private final JdbcClient jdbc;
    private final FactVersionStore shadow;
    private final FactVersionStore.Batch batch = new FactVersionStore.Batch();

    FactVersionReplay(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, BaseCatalog bases,
                      AgreementCatalog agreements, EventLog positions) {
        this.jdbc = jdbc;
        this.shadow = new FactVersionStore(jdbcTemplate, json, bases, agreements, positions, "fact_version_replay",
                "presence_subject_replay");
    }

    public void start() {
        shadow.clear();
    }

    /** Buffers one event; call {@link #flush()} at the end of each transaction. */
    public void apply(Object event, long globalIndex) {
        shadow.add(batch, event, globalIndex);
    }

    public void flush() {
        shadow.flush(batch);
    }

    public Checksum live(long head) {
        return checksum("fact_version", head);
    }

    public Checksum rebuilt(long head) {
        return checksum("fact_version_replay", head);
    }

    /** The first rows (up to five) that differ between live and rebuilt, each with the differing columns. */
    public List<String> differences(long head) {
        StringBuilder columns = new StringBuilder();
        for (String column : List.of("change", "reason", "kind", "when_date", "when_until", "valid_from", "valid_to",
                "data", "sources", "summary_en", "rank", "status", "recorded_at", "superseded_at", "recorded_by",
                "subject_id", "subject_value", "count", "search_text", "global_index", "basis", "announced_date")) {
            columns.append(", CASE WHEN l.%1$s::text IS DISTINCT FROM r.%1$s::text THEN '%1$s' END".formatted(column));
        }
        return jdbc.sql("""
                        SELECT coalesce(l.fact_id, r.fact_id) || ' v' || coalesce(l.version, r.version) || ': '
                               || CASE WHEN l.fact_id IS NULL THEN 'only rebuilt' WHEN r.fact_id IS NULL THEN 'only live'
                                  ELSE array_to_string(array_remove(ARRAY[NULL%s], NULL), ',') END
                        FROM (SELECT * FROM fact_version WHERE global_index <= :head) l
                        FULL JOIN (SELECT * FROM fact_version_replay WHERE global_index <= :head) r
                          ON l.fact_id = r.fact_id AND l.version = r.version
                        WHERE l.fact_id IS NULL OR r.fact_id IS NULL
                           OR row(l.*)::text IS DISTINCT FROM row(r.*)::text
                        LIMIT 5""".formatted(columns)).param("head", head).query(String.class).list();
    }

    private Checksum checksum(String table, long head) {
        return jdbc.sql(CHECKSUM.formatted(table)).param("head", head)
                .query((rs, n) -> new Checksum(rs.getLong("rows"), rs.getString("digest"))).single();
    }
}

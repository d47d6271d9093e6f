package org.sijill.record;

import org.sijill.fact.FactContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Types;
import java.util.List;

/**
 * The active facts that already state a claim (CONTRACT.md "Writes": a new claim whose subject, when, value and basis
 * equal an active fact's is a 409 naming that fact): current versions, neither retracted nor DEPRECATED, with the same
 * subject, the same when (date, until, precision), the same value or count, and the same basis. Read in the caller's
 * transaction, so a fact recorded earlier in the same group of writes is found. The same when has the same start, so
 * the read is one probe of the presence index (subject, valid_from), not a scan of the subject's history: without
 * that bound the check grew with the subject's claims, and a million-fact import slowed to about 110 facts/s.
 */
@Service
public class DuplicateClaims {

    private final JdbcClient jdbc;

    DuplicateClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for a fact of a record kind (not a claim) and for content the rules refuse. */
    public List<String> activeFactsStating(FactContent content) {
        if (content.kind() == null || !content.problems().isEmpty()) {
            return List.of();
        }
        Subject subject = Subject.of(content);
        if (subject == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT fact_id FROM fact_version
                WHERE superseded_at IS NULL AND status = 'ACTIVE' AND rank <> 'DEPRECATED'
                  AND subject_type = :type AND subject_id = :id AND valid_from = :start AND basis = :basis
                  AND when_date = :date AND when_until IS NOT DISTINCT FROM :until AND precision = :precision
                  AND subject_value IS NOT DISTINCT FROM :value AND count IS NOT DISTINCT FROM :count
                ORDER BY fact_id LIMIT 10""")
                .param("type", subject.type().name()).param("id", subject.id())
                .param("start", java.sql.Date.valueOf(content.when().start()))
                .param("basis", subject.basis().name()).param("date", content.when().date())
                .param("until", content.when().until(), Types.VARCHAR)
                .param("precision", content.when().precision().name())
                .param("value", subject.value(), Types.VARCHAR)
                .param("count", subject.count(), Types.BIGINT)
                .query(String.class).list();
    }
}

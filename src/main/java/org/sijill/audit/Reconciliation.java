package org.sijill.audit;

import org.sijill.record.ReadModelSync;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Proves that every projection has applied every stored event: for each, the position it has committed,
 * whether that is the head, and any stored event at or below it whose row is missing from its tables.
 */
@Service
public class Reconciliation {

    public record ProjectionCheck(String name, long position, boolean caughtUp, List<Long> missing) {
    }

    public record Report(boolean consistent, long head, List<ProjectionCheck> projections) {
    }

    private static final String FACTS_MISSING = """
            SELECT e.global_index FROM domain_event_entry e
            WHERE e.global_index <= :position
              AND e.payload_type IN ('org.sijill.fact.FactRecorded', 'org.sijill.fact.FactCorrected',
                                     'org.sijill.fact.FactRetracted')
              AND NOT EXISTS (SELECT 1 FROM fact_version v
                              WHERE v.fact_id = e.aggregate_identifier AND v.version = e.sequence_number + 1)
            ORDER BY 1 LIMIT 100""";

    private static final String REGISTRY_MISSING = """
            SELECT e.global_index FROM domain_event_entry e
            WHERE (e.payload_type = 'org.sijill.source.SourceRegistered'
                   AND NOT EXISTS (SELECT 1 FROM source s WHERE s.source_id = e.aggregate_identifier))
               OR (e.payload_type = 'org.sijill.base.BaseRegistered'
                   AND NOT EXISTS (SELECT 1 FROM base b WHERE b.base_id = e.aggregate_identifier))
               OR (e.payload_type = 'org.sijill.agreement.AgreementRegistered'
                   AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.agreement_id = e.aggregate_identifier))
            ORDER BY 1 LIMIT 100""";

    private final JdbcClient jdbc;
    private final ReadModelSync readModel;

    Reconciliation(JdbcClient jdbc, ReadModelSync readModel) {
        this.jdbc = jdbc;
        this.readModel = readModel;
    }

    public Report check() {
        long head = readModel.head();
        long position = readModel.position();
        List<Long> factsMissing = jdbc.sql(FACTS_MISSING).param("position", position).query(Long.class).list();
        ProjectionCheck facts = new ProjectionCheck(readModel.processorName(), position, position >= head,
                factsMissing);
        List<Long> registryMissing = jdbc.sql(REGISTRY_MISSING).query(Long.class).list();
        ProjectionCheck registry = new ProjectionCheck("registry", head, true, registryMissing);
        boolean consistent = facts.caughtUp() && factsMissing.isEmpty() && registryMissing.isEmpty();
        return new Report(consistent, head, List.of(facts, registry));
    }
}

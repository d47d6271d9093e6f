package org.sijill.record;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.sijill.readmodel.Checksum;
import org.sijill.readmodel.ReadModel;
import org.sijill.readmodel.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The fact-versions read model (fact_version and presence_subject) as the replay sees it: rebuilt into its
 * shadow tables with the live projection's own code ({@link FactVersionStore}), compared column by column.
 */
@Component
class FactVersionReadModel implements ReadModel {

    private static final Table VERSIONS = FactVersionRow.TABLE;
    private static final Table SUBJECTS = FactVersionStore.SUBJECTS;

    private final JdbcClient jdbc;
    private final EventLog events;
    private final FactVersionStore shadow;
    private final FactVersionStore.Batch batch = new FactVersionStore.Batch();

    FactVersionReadModel(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, BaseCatalog bases,
                         AgreementCatalog agreements, EventLog events) {
        this.jdbc = jdbc;
        this.events = events;
        this.shadow = new FactVersionStore(jdbcTemplate, json, bases, agreements, true);
    }

    /** 2: the search text also holds both summaries and the sources' locators with their quotes. */
    @Override
    public int derivation() {
        return 2;
    }

    @Override
    public String name() {
        return FactVersionProjection.GROUP;
    }

    @Override
    public List<Table> tables() {
        return List.of(VERSIONS, SUBJECTS);
    }

    @Override
    public void clearShadow() {
        shadow.clear();
    }

    @Override
    public void applyToShadow(Object event, long globalIndex) {
        shadow.add(batch, event, globalIndex);
    }

    @Override
    public void flushShadow() {
        shadow.flush(batch);
    }

    /** Versions stored up to {@code head}, and the subjects that have one of them. */
    @Override
    public Checksum checksum(boolean inShadow, long head) {
        String versions = VERSIONS.nameIn(inShadow);
        Checksum rows = jdbc.sql(VERSIONS.checksum(versions + " v LEFT JOIN " + versions + " n ON n.fact_id = v.fact_id"
                        + " AND n.version = v.version + 1 AND n.global_index <= :head", "v.global_index <= :head"))
                .param("head", head).query((rs, n) -> new Checksum(rs.getLong("rows"), rs.getString("digest"))).single();
        Checksum subjects = jdbc.sql(SUBJECTS.checksum(SUBJECTS.nameIn(inShadow) + " v", subjectsUpTo(versions, "v")))
                .param("head", head).query((rs, n) -> new Checksum(rs.getLong("rows"), rs.getString("digest"))).single();
        return rows.plus(subjects);
    }

    @Override
    public List<String> differences(long head) {
        List<String> found = new ArrayList<>(jdbc.sql(VERSIONS.differences(
                        "(SELECT * FROM " + VERSIONS.name() + " WHERE global_index <= :head)",
                        "(SELECT * FROM " + VERSIONS.shadow() + " WHERE global_index <= :head)"))
                .param("head", head).query(String.class).list());
        if (found.isEmpty()) {
            found.addAll(jdbc.sql(SUBJECTS.differences(
                            "(SELECT s.* FROM " + SUBJECTS.name() + " s WHERE " + subjectsUpTo(VERSIONS.name(), "s") + ")",
                            "(SELECT s.* FROM " + SUBJECTS.shadow() + " s WHERE " + subjectsUpTo(VERSIONS.shadow(), "s") + ")"))
                    .param("head", head).query(String.class).list());
        }
        return found;
    }

    /**
     * The subjects compared as of {@code head}: those with a version stored up to it, and any with no version at
     * all (a stray row must show as a difference, not be left out of both sides).
     */
    private static String subjectsUpTo(String versions, String alias) {
        String same = " f WHERE f.subject_type = " + alias + ".subject_type AND f.subject_id = " + alias + ".subject_id";
        return "(EXISTS (SELECT 1 FROM " + versions + same + " AND f.global_index <= :head) OR NOT EXISTS (SELECT 1 FROM "
                + versions + same + "))";
    }

    /** Fact events without their version's row (the version is the event's sequence number plus one). */
    @Override
    public List<Long> missing(long upTo) {
        return events.withoutRow(List.of(FactRecorded.class, FactCorrected.class, FactRetracted.class), upTo,
                VERSIONS.name(), "fact_id", "version");
    }
}

package org.sijill.record;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.Table;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.sijill.fact.Reference;
import org.sijill.shared.AfterCommit;
import org.sijill.shared.SearchText;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies fact events to fact_version and presence_subject (the live read model, or the shadow copies a
 * replay rebuilds), a batch at a time: rows are buffered and written with
 * batched statements. Idempotent: a version is inserted once, so redelivered events change nothing.
 */
class FactVersionStore {

    /** Events of one unit of work: rows to insert, and supersessions of versions already stored. */
    static final class Batch {
        private final Map<String, FactVersionRow> rows = new LinkedHashMap<>();
        private final List<Object[]> supersede = new ArrayList<>();
        private FactVersionRow last;
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;
    /** The subjects that have claims, one row each: presence reads every subject of a type from here. */
    static final Table SUBJECTS = Table.of("presence_subject", List.of("subject_type", "subject_id"),
            "subject_type", "subject_id");

    private static final int GLOBAL_INDEX = FactVersionRow.TABLE.columns().indexOf("global_index");

    private final String versions;
    private final boolean shadow;
    private final String insert;
    private final String insertSubject;
    private final String subjects;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** Subjects known to be stored (added once their insert has committed), so they are not written again. */
    private final Set<List<String>> storedSubjects = ConcurrentHashMap.newKeySet();

    FactVersionStore(JdbcTemplate jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements,
                     boolean shadow) {
        this.jdbc = jdbc;
        this.json = json;
        this.bases = bases;
        this.agreements = agreements;
        this.versions = FactVersionRow.TABLE.nameIn(shadow);
        this.subjects = SUBJECTS.nameIn(shadow);
        // Live rows are written in their event's transaction and read its global index in the insert itself; a
        // replay's rows carry the index they were read with.
        this.insert = (shadow ? FactVersionRow.TABLE : FactVersionRow.TABLE.withParameter("global_index",
                EventLog.GLOBAL_INDEX_OF_EVENT)).insert(shadow, "ON CONFLICT (fact_id, version) DO NOTHING");
        this.shadow = shadow;
        this.insertSubject = SUBJECTS.insert(shadow, "ON CONFLICT DO NOTHING");
    }

    /**
     * Adds one event of the live read model to the batch, named by its identifier: its row's global index is read by
     * the insert itself, from the event stored earlier in the same transaction (a missing event fails the insert on
     * the column's NOT NULL).
     */
    void add(Batch batch, Object event, long globalIndex, String eventId) {
        add(batch, event, globalIndex);
        FactVersionRow last = batch.last;
        if (last != null && globalIndex < 0) {
            last.eventId = eventId;
        }
    }

    void add(Batch batch, Object event, long globalIndex) {
        if (event instanceof FactRecorded e) {
            put(batch, new FactVersionRow(e.factId(), 1, "RECORDED", null, e.content(), "ACTIVE", e.recordedAt(),
                    e.recordedBy(), globalIndex));
        } else if (event instanceof FactCorrected e) {
            supersede(batch, e.factId(), e.version() - 1, e.recordedAt());
            put(batch, new FactVersionRow(e.factId(), e.version(), "CORRECTED", e.reason(), e.content(), "ACTIVE",
                    e.recordedAt(), e.recordedBy(), globalIndex));
        } else if (event instanceof FactRetracted e) {
            FactVersionRow previous = batch.rows.get(key(e.factId(), e.version() - 1));
            FactContent content = previous != null ? previous.content : content(e.factId(), e.version() - 1);
            supersede(batch, e.factId(), e.version() - 1, e.recordedAt());
            put(batch, new FactVersionRow(e.factId(), e.version(), "RETRACTED", e.reason(), content, "RETRACTED",
                    e.recordedAt(), e.recordedBy(), globalIndex));
        }
    }

    void flush(Batch batch) {
        if (!batch.supersede.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + versions + " SET superseded_at = ? WHERE fact_id = ? AND version = ?",
                    new RowBinder(batch.supersede));
        }
        List<Object[]> inserts = new ArrayList<>();
        Set<List<String>> newSubjects = new LinkedHashSet<>();
        for (FactVersionRow row : batch.rows.values()) {
            Object[] values = row.values(json.writeValueAsString(row.content.data()),
                    json.writeValueAsString(row.content.sources()), searchText(row.content));
            if (!shadow) {
                if (row.eventId == null) {
                    throw new IllegalStateException("a live row of " + row.factId + " names no event");
                }
                values[GLOBAL_INDEX] = row.eventId; // the insert's subquery reads the index (NOT NULL: a missing event fails)
            }
            inserts.add(values);
            if (row.subject != null && row.subject.id() != null
                    && !storedSubjects.contains(List.of(row.subject.type().name(), row.subject.id()))) {
                newSubjects.add(List.of(row.subject.type().name(), row.subject.id()));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insert, new RowBinder(inserts));
        }
        if (!newSubjects.isEmpty()) {
            List<Object[]> subjectRows = newSubjects.stream().map(List::toArray).toList();
            jdbc.batchUpdate(insertSubject, new RowBinder(subjectRows));
            AfterCommit.run(() -> storedSubjects.addAll(newSubjects));
        }
        batch.rows.clear();
        batch.supersede.clear();
    }

    void clear() {
        storedSubjects.clear();
        jdbc.execute("TRUNCATE " + versions + ", " + subjects);
    }

    private static void put(Batch batch, FactVersionRow row) {
        batch.rows.put(key(row.factId, row.version), row);
        batch.last = row;
    }

    private static void supersede(Batch batch, String factId, long version, java.time.Instant at) {
        FactVersionRow buffered = batch.rows.get(key(factId, version));
        if (buffered != null) {
            buffered.supersededAt = at;
        } else {
            batch.supersede.add(new Object[]{Timestamp.from(at), factId, version});
        }
    }

    private static String key(String factId, long version) {
        return factId + '\u0000' + version;
    }

    private FactContent content(String factId, long version) {
        return jdbc.queryForObject("""
                        SELECT kind, when_date, when_until, precision, data, sources, summary_en, rank
                        FROM %s WHERE fact_id = ? AND version = ?""".formatted(versions),
                (rs, n) -> FactColumns.content(rs, json), factId, version);
    }


    /**
     * Registered names never change, so a name found is cached once its transaction has committed; a miss is
     * looked up again next time.
     */
    private String name(String key, java.util.function.Supplier<java.util.Optional<String>> lookup) {
        String cached = names.get(key);
        if (cached != null) {
            return cached;
        }
        String found = lookup.get().orElse(null);
        if (found != null) {
            AfterCommit.run(() -> names.put(key, found)); // a registration rolled back must not stay cached
        }
        return found == null ? "" : found;
    }

    /**
     * What {@code q} matches (CONTRACT.md): both summaries, the sources' locators with their quotes, the data's text
     * values in key order (JSONB reorders keys), and the names and aliases of the bases and agreements named.
     */
    private String searchText(FactContent content) {
        StringJoiner text = new StringJoiner(" ");
        text.add(content.summaryEn());
        if (content.summaryAr() != null) {
            text.add(content.summaryAr());
        }
        content.sources().forEach(source -> text.add(source.locator()));
        new java.util.TreeMap<>(content.data()).values().forEach(value -> text.add(String.valueOf(value)));
        var schema = content.kind().schema();
        for (String baseId : schema.references(Reference.BASE, content.data())) {
            text.add(name("base:" + baseId, () -> bases.find(baseId).map(base -> {
                StringJoiner all = new StringJoiner(" ").add(base.getNameEn()).add(base.getNameAr());
                base.getAliases().forEach(all::add);
                return all.toString();
            })));
        }
        for (String agreementId : schema.references(Reference.AGREEMENT, content.data())) {
            text.add(name("agreement:" + agreementId, () -> agreements.find(agreementId)
                    .map(a -> a.getNameEn() + " " + a.getNameAr())));
        }
        return SearchText.normalize(text.toString());
    }
}

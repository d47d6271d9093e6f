package org.sijill.record;

import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import org.sijill.shared.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Applies fact events to a pair of tables shaped like fact_version and presence_subject: the live
 * read model, or the shadow copies a replay rebuilds. Idempotent: a version is inserted once.
 */
class FactVersionStore {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final TypeReference<List<SourceRef>> SOURCES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;
    private final String versions;
    private final String subjects;

    FactVersionStore(JdbcClient jdbc, JsonMapper json, BaseCatalog bases, AgreementCatalog agreements,
                     String versions, String subjects) {
        this.jdbc = jdbc;
        this.json = json;
        this.bases = bases;
        this.agreements = agreements;
        this.versions = versions;
        this.subjects = subjects;
    }

    /** Applies one event; events of other types are ignored. */
    void apply(Object event, long globalIndex) {
        if (event instanceof FactRecorded e) {
            insert(e.factId(), 1, "RECORDED", null, e.content(), "ACTIVE", e.recordedAt(), e.recordedBy(),
                    globalIndex);
        } else if (event instanceof FactCorrected e) {
            supersede(e.factId(), e.version() - 1, e.recordedAt());
            insert(e.factId(), e.version(), "CORRECTED", e.reason(), e.content(), "ACTIVE", e.recordedAt(),
                    e.recordedBy(), globalIndex);
        } else if (event instanceof FactRetracted e) {
            supersede(e.factId(), e.version() - 1, e.recordedAt());
            insert(e.factId(), e.version(), "RETRACTED", e.reason(), content(e.factId(), e.version() - 1),
                    "RETRACTED", e.recordedAt(), e.recordedBy(), globalIndex);
        }
    }

    void clear() {
        jdbc.sql("TRUNCATE " + versions + ", " + subjects).update();
    }

    private void supersede(String factId, long version, Instant at) {
        jdbc.sql("UPDATE " + versions + " SET superseded_at = :at WHERE fact_id = :id AND version = :v")
                .param("at", Timestamp.from(at)).param("id", factId).param("v", version).update();
    }

    private void insert(String factId, long version, String change, String reason, FactContent content, String status,
                Instant recordedAt, String recordedBy, long globalIndex) {
        When when = content.when();
        Subject subject = Subject.of(content);
        int inserted = jdbc.sql("""
                INSERT INTO %s (fact_id, version, change, reason, kind, when_date, when_until, precision,
                    fineness, valid_from, valid_to, first_period_end, data, sources, summary_en, rank, status,
                    recorded_at, recorded_by, subject_type, subject_id, subject_value, count, low, high,
                    search_text, global_index)
                VALUES (:id, :version, :change, :reason, :kind, :date, :until, :precision, :fineness, :from, :to,
                    :firstEnd, CAST(:data AS jsonb), CAST(:sources AS jsonb), :summary, :rank, :status, :at, :by,
                    :subjectType, :subjectId, :subjectValue, :count, :low, :high, :search, :index)
                ON CONFLICT (fact_id, version) DO NOTHING""".formatted(versions))
                .param("id", factId).param("version", version).param("change", change).param("reason", reason)
                .param("kind", content.kind().name()).param("date", when.date()).param("until", when.until())
                .param("precision", when.precision().name()).param("fineness", when.precision().fineness())
                .param("from", Date.valueOf(when.start())).param("to", Date.valueOf(when.end()))
                .param("firstEnd", Date.valueOf(when.precision().next(when.start())))
                .param("data", json.writeValueAsString(content.data()))
                .param("sources", json.writeValueAsString(content.sources()))
                .param("summary", content.summaryEn()).param("rank", content.rank().name()).param("status", status)
                .param("at", Timestamp.from(recordedAt)).param("by", recordedBy)
                .param("subjectType", subject == null ? null : subject.type())
                .param("subjectId", subject == null ? null : subject.id())
                .param("subjectValue", subject == null ? null : subject.value())
                .param("count", subject == null ? null : subject.count())
                .param("low", subject == null ? null : subject.low())
                .param("high", subject == null ? null : subject.high())
                .param("search", searchText(content)).param("index", globalIndex)
                .update();
        if (inserted > 0 && subject != null && subject.id() != null) {
            jdbc.sql("INSERT INTO " + subjects + " VALUES (:type, :id) ON CONFLICT DO NOTHING")
                    .param("type", subject.type()).param("id", subject.id()).update();
        }
    }

    private FactContent content(String factId, long version) {
        return jdbc.sql("""
                SELECT kind, when_date, when_until, precision, data, sources, summary_en, rank
                FROM %s WHERE fact_id = :id AND version = :version""".formatted(versions))
                .param("id", factId).param("version", version)
                .query((rs, n) -> new FactContent(FactKind.valueOf(rs.getString("kind")),
                        new When(rs.getString("when_date"), rs.getString("when_until"),
                                Precision.valueOf(rs.getString("precision"))),
                        json.readValue(rs.getString("data"), DATA), json.readValue(rs.getString("sources"), SOURCES),
                        rs.getString("summary_en"), Rank.valueOf(rs.getString("rank"))))
                .single();
    }

    /** Summary, the data's text values, and the names and aliases of the base or agreement referred to. */
    private String searchText(FactContent content) {
        StringJoiner text = new StringJoiner(" ");
        text.add(content.summaryEn());
        content.data().values().forEach(value -> text.add(String.valueOf(value)));
        if (content.data().get("baseId") instanceof String baseId) {
            bases.find(baseId).ifPresent(base -> {
                text.add(base.getNameEn()).add(base.getNameAr());
                base.getAliases().forEach(text::add);
            });
        }
        if (content.data().get("agreementId") instanceof String agreementId) {
            agreements.find(agreementId).ifPresent(a -> text.add(a.getNameEn()).add(a.getNameAr()));
        }
        return SearchText.normalize(text.toString());
    }
}

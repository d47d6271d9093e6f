package org.sijill.record;

import org.sijill.fact.When;
import org.sijill.source.SourceCatalog;
import org.sijill.source.SourceEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns fact_version rows into views, completing each citation from the source registry (for the fact, presence and export reads). */
@Component
public class FactRows {

    private final JsonMapper json;
    private final SourceCatalog sourceCatalog;

    FactRows(JsonMapper json, SourceCatalog sourceCatalog) {
        this.json = json;
        this.sourceCatalog = sourceCatalog;
    }

    /** The registry as last read, with the version token it was read at. */
    private record Kept(String version, Map<String, SourceEntry> entries) {
    }

    private volatile Kept kept = new Kept("", Map.of());

    /**
     * The registered sources by id, for completing citations, read before the caller's query. Reading the whole
     * registry through JPA for every answer was a third of the Java samples of a one-base presence request, so the
     * registry read is kept and reused while {@link SourceCatalog#registryVersion()} (one small statement) is
     * unchanged: a registration or a rebuilt table on any node is seen by the next answer. A read inside a transaction
     * that writes is not kept, since that transaction may still roll back.
     */
    public Map<String, SourceEntry> sources() {
        String version = sourceCatalog.registryVersion();
        Kept now = kept;
        if (!now.version().equals(version)) {
            // Read after the token: a registration in between makes the next token differ, so it is read again.
            now = new Kept(version, sourceCatalog.all().stream()
                    .collect(Collectors.toUnmodifiableMap(SourceEntry::getSourceId, Function.identity())));
            if (!TransactionSynchronizationManager.isActualTransactionActive()
                    || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                kept = now;
            }
        }
        return now.entries();
    }

    public FactView fact(ResultSet rs, Map<String, SourceEntry> registry) throws SQLException {
        return new FactView(rs.getString("fact_id"), rs.getInt("version"), rs.getString("kind"), when(rs),
                rs.getString("summary_en"), rs.getString("summary_ar"), data(rs), citations(rs, registry),
                rs.getString("rank"), rs.getString("status"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    public HistoryEntry history(ResultSet rs, Map<String, SourceEntry> registry) throws SQLException {
        return new HistoryEntry(rs.getInt("version"), rs.getString("change"), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("kind"),
                when(rs), rs.getString("summary_en"), rs.getString("summary_ar"), data(rs), citations(rs, registry),
                rs.getString("rank"),
                rs.getString("status"));
    }

    public When when(ResultSet rs) throws SQLException {
        return FactColumns.when(rs);
    }

    public Map<String, Object> data(ResultSet rs) throws SQLException {
        return FactColumns.data(rs, json);
    }

    public List<SourceView> citations(ResultSet rs, Map<String, SourceEntry> registry) throws SQLException {
        return FactColumns.sources(rs, json).stream().map(ref -> {
            SourceEntry source = registry.get(ref.sourceId());
            return source == null
                    ? new SourceView(ref.sourceId(), null, null, null, ref.locator())
                    : new SourceView(ref.sourceId(), source.getTitle(), source.getPublisher(), source.getPublished(),
                    ref.locator());
        }).toList();
    }
}

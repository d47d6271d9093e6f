package org.sijill.record;

import org.sijill.fact.When;
import org.sijill.source.SourceCatalog;
import org.sijill.source.SourceEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The registry as last read; only {@link SourceEntry}'s title, publisher and date are read from it. */
    private volatile Map<String, SourceEntry> registry = Map.of();

    /**
     * The registered sources by id, for completing citations. A citation shows a source's title, publisher and date,
     * which are set when the source is registered and never change, so the registry read is kept between requests
     * (reading it for every answer was a third of a small presence answer's time). A source the kept registry lacks,
     * registered since on any node, makes the returned map read the registry again, once; a registry read inside a
     * transaction that writes is not kept, since that transaction may still roll back.
     */
    public Map<String, SourceEntry> sources() {
        return new KeptRegistry();
    }

    private Map<String, SourceEntry> read() {
        Map<String, SourceEntry> read = sourceCatalog.all().stream()
                .collect(Collectors.toUnmodifiableMap(SourceEntry::getSourceId, Function.identity()));
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            registry = read;
        }
        return read;
    }

    /** The kept registry, read again at most once when asked for a source it lacks. */
    private final class KeptRegistry extends AbstractMap<String, SourceEntry> {

        private Map<String, SourceEntry> entries = registry;
        private boolean readAgain;

        @Override
        public @org.jspecify.annotations.Nullable SourceEntry get(Object sourceId) {
            SourceEntry entry = entries.get(sourceId);
            if (entry == null && !readAgain) {
                readAgain = true;
                entries = read();
                entry = entries.get(sourceId);
            }
            return entry;
        }

        /** Every source: the registry as read now. */
        @Override
        public Set<Entry<String, SourceEntry>> entrySet() {
            if (!readAgain) {
                readAgain = true;
                entries = read();
            }
            return entries.entrySet();
        }
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

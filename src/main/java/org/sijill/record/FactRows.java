package org.sijill.record;

import org.sijill.fact.When;
import org.sijill.source.SourceCatalog;
import org.sijill.source.SourceEntry;
import org.springframework.stereotype.Component;
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

    /** The registered sources by id, read once per request. */
    public Map<String, SourceEntry> sources() {
        return sourceCatalog.all().stream().collect(Collectors.toMap(SourceEntry::getSourceId, Function.identity()));
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

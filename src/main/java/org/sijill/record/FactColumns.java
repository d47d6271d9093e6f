package org.sijill.record;

import org.sijill.fact.FactContent;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Reads the content columns of a fact_version row (or its shadow copy). */
final class FactColumns {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final TypeReference<List<SourceRef>> SOURCES = new TypeReference<>() {
    };

    private FactColumns() {
    }

    static When when(ResultSet rs) throws SQLException {
        return new When(rs.getString("when_date"), rs.getString("when_until"),
                Precision.valueOf(rs.getString("precision")));
    }

    static Map<String, Object> data(ResultSet rs, JsonMapper json) throws SQLException {
        return json.readValue(rs.getString("data"), DATA);
    }

    static List<SourceRef> sources(ResultSet rs, JsonMapper json) throws SQLException {
        return json.readValue(rs.getString("sources"), SOURCES);
    }

    static FactContent content(ResultSet rs, JsonMapper json) throws SQLException {
        return new FactContent(FactKind.valueOf(rs.getString("kind")), when(rs), data(rs, json), sources(rs, json),
                rs.getString("summary_en"), Rank.valueOf(rs.getString("rank")));
    }
}

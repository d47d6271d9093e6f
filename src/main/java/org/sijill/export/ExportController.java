package org.sijill.export;

import org.sijill.record.FactRows;
import org.sijill.record.FactView;
import org.sijill.eventstore.EventLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.source.SourceEntry;
import org.sijill.web.CsvConverter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.OutputStream;
import java.sql.Date;
import java.util.List;
import java.util.Map;

/**
 * The whole current record in one download, for notebooks and spreadsheets: the current version of
 * every fact (retracted ones included, with their status), in valid-time order, as CSV or NDJSON, named
 * with the record's head so two downloads of the same state have the same name. Read in pages of
 * {@value #PAGE} by key, so the download streams whatever the record's size.
 */
@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Facts")
class ExportController {

    static final int PAGE = 2000;

    private final JdbcClient jdbc;
    private final FactRows rows;
    private final EventLog events;
    private final JsonMapper json;

    ExportController(JdbcClient jdbc, FactRows rows, EventLog events, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
        this.json = json;
    }

    @GetMapping(value = "/facts.csv", produces = "text/csv")
    @Operation(summary = "Every fact's current version as CSV (columns as GET /facts in CSV)")
    ResponseEntity<StreamingResponseBody> csv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        FactView.CSV_COLUMNS.forEach(schema::addColumn);
        return download("csv", CsvConverter.TEXT_CSV, out -> {
            var writer = CsvMapper.builder().build().writer(schema.build()).writeValues(out);
            each(fact -> writer.write(fact.csvValues().toArray()));
            writer.flush();
        });
    }

    @GetMapping(value = "/facts.ndjson", produces = "application/x-ndjson")
    @Operation(summary = "Every fact's current version as NDJSON, one fact (as GET /facts/{id}) a line")
    ResponseEntity<StreamingResponseBody> ndjson() {
        return download("ndjson", MediaType.parseMediaType("application/x-ndjson"), out -> each(fact -> {
            out.write(json.writeValueAsBytes(fact));
            out.write('\n');
        }));
    }

    private ResponseEntity<StreamingResponseBody> download(String extension, MediaType type, Body body) {
        long head = events.head();
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sijill-record-head-" + head + "."
                        + extension + "\"")
                .body(body::write);
    }

    private void each(Sink sink) throws java.io.IOException {
        Map<String, SourceEntry> registry = rows.sources();
        Date afterDate = Date.valueOf("0001-01-01");
        String afterId = "";
        while (true) {
            List<FactView> page = jdbc.sql("""
                            SELECT * FROM fact_version WHERE superseded_at IS NULL AND (valid_from, fact_id) > (:d, :id)
                            ORDER BY valid_from, fact_id LIMIT :limit""")
                    .param("d", afterDate).param("id", afterId).param("limit", PAGE)
                    .query((rs, n) -> rows.fact(rs, registry)).list();
            for (FactView fact : page) {
                sink.accept(fact);
            }
            if (page.size() < PAGE) {
                return;
            }
            FactView last = page.get(page.size() - 1);
            afterDate = Date.valueOf(last.when().start());
            afterId = last.factId();
        }
    }

    private interface Sink {
        void accept(FactView fact) throws java.io.IOException;
    }

    private interface Body {
        void write(OutputStream out) throws java.io.IOException;
    }
}

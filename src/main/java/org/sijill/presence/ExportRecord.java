package org.sijill.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.sijill.agreement.AgreementRegistered;
import org.sijill.base.BaseLocated;
import org.sijill.base.BaseRegistered;
import org.sijill.eventstore.EventJson;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrected;
import org.sijill.fact.FactRecorded;
import org.sijill.fact.FactRetracted;
import org.sijill.record.Subject;
import org.sijill.source.SourceRegistered;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit export ({@code GET /audit/events}, NDJSON) read into memory: every version of every fact as
 * {@code fact_version} holds it, and the registry's names, as the events say them. It is a second derivation of the
 * read model, written from the events and the columns' definitions, not from the projection's code: an answer
 * recomputed from it that equals the server's is evidence that both read the record the same way. Events of other
 * types are read for the record's head only. Times are rounded to microseconds as the
 * PostgreSQL driver rounds them on the way in ({@link ExportClaims#micros}).
 */
final class ExportRecord {

    /** One event's place in the chain: its store time stamp (ISO text, fixed millisecond digits), number, hash. */
    record Position(String timeStamp, long seq, String hash) {
    }

    /** One row of fact_version; {@code supersededAt} is set when the next version is read. */
    static final class Version {
        final String factId;
        final int version;
        final String change;
        final @Nullable String reason;
        final FactContent content;
        final @Nullable Subject subject;
        final String status;
        final Instant recordedAt;
        final String recordedBy;
        @Nullable Instant supersededAt;

        Version(String factId, long version, String change, @Nullable String reason, FactContent content,
                String status, Instant recordedAt, String recordedBy) {
            this.factId = factId;
            this.version = (int) version;
            this.change = change;
            this.reason = reason;
            this.content = content;
            this.subject = Subject.of(content);
            this.status = status;
            this.recordedAt = ExportClaims.micros(recordedAt);
            this.recordedBy = recordedBy;
        }
    }

    /** A base's or an agreement's names, and a base's province, as last said. */
    record Names(String nameEn, String nameAr, @Nullable String province) {
    }

    /** A source as a citation shows it. */
    record Source(String title, String publisher, @Nullable String published) {
    }

    final List<Position> positions = new ArrayList<>();
    final List<Version> versions = new ArrayList<>();
    final Map<String, Names> bases = new HashMap<>();
    final Map<String, Names> agreements = new HashMap<>();
    final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Version> byKey = new HashMap<>();

    private ExportRecord() {
    }

    /** Reads an export from its first line to its last; the chain is checked before, by the caller. */
    static ExportRecord read(BufferedReader lines) throws IOException {
        ObjectMapper json = EventJson.mapper();
        ExportRecord record = new ExportRecord();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            record.positions.add(new Position(node.get("recordedAt").asText(), node.get("seq").asLong(),
                    node.get("hash").asText()));
            record.apply(json, node.get("type").asText(), node.get("payload"));
        }
        return record;
    }

    @Nullable Version previous(Version v) {
        return byKey.get(v.factId + '\u0000' + (v.version - 1));
    }

    private void apply(ObjectMapper json, String type, JsonNode payload) throws IOException {
        if (type.equals(FactRecorded.class.getName())) {
            FactRecorded e = json.treeToValue(payload, FactRecorded.class);
            add(new Version(e.factId(), 1, "RECORDED", null, e.content(), "ACTIVE", e.recordedAt(), e.recordedBy()));
        } else if (type.equals(FactCorrected.class.getName())) {
            FactCorrected e = json.treeToValue(payload, FactCorrected.class);
            add(new Version(e.factId(), e.version(), "CORRECTED", e.reason(), e.content(), "ACTIVE", e.recordedAt(),
                    e.recordedBy()));
        } else if (type.equals(FactRetracted.class.getName())) {
            FactRetracted e = json.treeToValue(payload, FactRetracted.class);
            Version last = byKey.get(e.factId() + '\u0000' + (e.version() - 1));
            if (last == null) {
                throw new IOException("the export retracts version " + (e.version() - 1) + " of " + e.factId()
                        + ", which it does not hold");
            }
            add(new Version(e.factId(), e.version(), "RETRACTED", e.reason(), last.content, "RETRACTED",
                    e.recordedAt(), e.recordedBy()));
        } else if (type.equals(BaseRegistered.class.getName())) {
            BaseRegistered e = json.treeToValue(payload, BaseRegistered.class);
            bases.put(e.baseId(), new Names(e.nameEn(), e.nameAr(), e.province()));
        } else if (type.equals(BaseLocated.class.getName())) {
            BaseLocated e = json.treeToValue(payload, BaseLocated.class);
            bases.computeIfPresent(e.baseId(), (id, n) -> new Names(n.nameEn(), n.nameAr(), e.province()));
        } else if (type.equals(AgreementRegistered.class.getName())) {
            AgreementRegistered e = json.treeToValue(payload, AgreementRegistered.class);
            agreements.put(e.agreementId(), new Names(e.nameEn(), e.nameAr(), null));
        } else if (type.equals(SourceRegistered.class.getName())) {
            SourceRegistered e = json.treeToValue(payload, SourceRegistered.class);
            sources.put(e.sourceId(), new Source(e.title(), e.publisher(), e.published()));
        }
    }

    private void add(Version v) {
        Version before = previous(v);
        if (before != null) {
            before.supersededAt = v.recordedAt;
        }
        byKey.put(v.factId + '\u0000' + v.version, v);
        versions.add(v);
    }
}

package org.sijill.presence;

import org.jspecify.annotations.Nullable;
import org.sijill.eventstore.EventLog;
import org.sijill.web.Params;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Presence, series and diff answers recomputed from an audit export, without the application or its database
 * ({@code bin/answer}): the export is read into memory ({@link ExportRecord}), the candidates are selected there
 * ({@link ExportClaims}), and the rest is the server's own code ({@link Questions}, {@link PresenceQueries},
 * {@link ClaimRule}). A question is the API's path and query, e.g. {@code /api/v1/presence?on=2021-12-31&asKnownAt=…}.
 * Offline there is no "now": every instant the server would default to now must be named, and {@code to} of a series.
 * An answer is refused when the export may not hold everything recorded by the instants asked (it ends before them)
 * unless the caller names the answer's head and the export's head at that instant is that one.
 */
public final class OfflineAnswers {

    /** Its factory stays open for the life of the process: a validator of a closed factory must not be used. */
    private static final jakarta.validation.Validator VALIDATOR = jakarta.validation.Validation
            .buildDefaultValidatorFactory().getValidator();

    private final ExportRecord record;
    private final ExportClaims claims;
    private final Questions questions;

    private OfflineAnswers(ExportRecord record) {
        this.record = record;
        this.claims = new ExportClaims(record);
        // Params reads the clock for a default it may not need; every default that would use it is refused first
        // ({@link #require}), so this instant never reaches an answer.
        Clock noNow = Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);
        this.questions = new Questions(new PresenceQueries(claims), new RecordDiffs(claims), noNow, (type, id) ->
                switch (type) {
                    case BASE -> record.bases.containsKey(id);
                    case AGREEMENT -> record.agreements.containsKey(id);
                    case TROOPS, MISSION -> true;
                });
    }

    /** Reads a whole export (the caller checks its chain first). */
    public static OfflineAnswers read(BufferedReader export) throws IOException {
        return new OfflineAnswers(ExportRecord.read(export));
    }

    /**
     * The answer the server gives to {@code question}, or an {@link IllegalArgumentException} saying why it cannot be
     * recomputed from this export; {@code head}: the answer's head seq, when known (null: not given).
     */
    public Object answer(String question, @Nullable Long head) {
        var uri = UriComponentsBuilder.fromUriString(question).build();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^(/api/v1)?/", "");
        MultiValueMap<String, String> params = uri.getQueryParams();
        return switch (path) {
            case "presence" -> {
                require(params, "asKnownAt");
                reaches(head, one(params, "asKnownAt"));
                yield questions.presence(valid(new PresenceQuery(one(params, "on"), one(params, "asKnownAt"),
                        all(params, "force"), all(params, "scope"), all(params, "baseId"), all(params, "agreementId"))));
            }
            case "presence/series" -> {
                require(params, "asKnownAt");
                require(params, "to");
                reaches(head, one(params, "asKnownAt"));
                yield questions.series(valid(new SeriesQuery(one(params, "type"), one(params, "force"),
                        one(params, "scope"), one(params, "baseId"), one(params, "agreementId"), one(params, "from"),
                        one(params, "to"), one(params, "asKnownAt"))));
            }
            case "presence/diff" -> {
                DiffQuery query = new DiffQuery(one(params, "from"), one(params, "to"), one(params, "asKnownAt"),
                        one(params, "on"), one(params, "fromKnownAt"), one(params, "toKnownAt"));
                require(params, query.acrossRecordTime() ? "toKnownAt" : "asKnownAt");
                reaches(head, one(params, query.acrossRecordTime() ? "toKnownAt" : "asKnownAt"));
                yield questions.diff(valid(query));
            }
            default -> throw new IllegalArgumentException("not a question answered offline: " + path
                    + " (presence, presence/series or presence/diff)");
        };
    }

    /** The number of the export's last event. */
    public long lastSeq() {
        return record.positions.isEmpty() ? 0 : record.positions.get(record.positions.size() - 1).seq();
    }

    private void reaches(@Nullable Long head, String instant) {
        Instant at = Params.instant("asKnownAt", instant, Instant.EPOCH);
        EventLog.Head here = claims.headAt(at);
        boolean recordedAfter = record.positions.stream().anyMatch(p -> p.timeStamp().compareTo(
                org.axonframework.common.DateTimeUtils.formatInstant(at)) > 0);
        if (head != null && here.seq() != head) {
            throw new IllegalArgumentException("the answer's head is event " + head + " but this export's head at "
                    + instant + " is event " + here.seq() + (head > lastSeq() ? ": the export ends before it" : ""));
        }
        if (head == null && !recordedAfter) {
            throw new IllegalArgumentException("the export ends at event " + lastSeq() + ", recorded at or before "
                    + instant + ": the server may have recorded more by then; export again, or give the answer's "
                    + "head (--head SEQ)");
        }
    }

    /** The parameters' own constraints, as the controller's Bean Validation checks them (a 400 there, a refusal here). */
    private static <T> T valid(T query) {
        var violations = VALIDATOR.validate(query);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the server refuses this question: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
        }
        return query;
    }

    private static void require(MultiValueMap<String, String> params, String name) {
        if (one(params, name) == null) {
            throw new IllegalArgumentException("name " + name + ": offline there is no now or today to default to");
        }
    }

    private static @Nullable String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isEmpty() ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static @Nullable List<String> all(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        // As Spring binds a list: one value is split at commas, several are taken as they are.
        var decoded = values.stream().map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8));
        return (values.size() == 1 ? decoded.flatMap(v -> java.util.Arrays.stream(v.split(","))) : decoded)
                .filter(v -> !v.isEmpty()).toList();
    }
}

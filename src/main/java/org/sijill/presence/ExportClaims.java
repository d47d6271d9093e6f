package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.fact.Basis;
import org.sijill.fact.Precision;
import org.sijill.fact.SubjectType;
import org.sijill.fact.When;
import org.sijill.record.SourceView;
import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The candidates selected in memory from an {@link ExportRecord}, by the same conditions and in the same order as
 * {@link SqlClaims}' SQL (each method says which statement it mirrors), without a database.
 */
final class ExportClaims implements ClaimSource {

    private static final Comparator<Claim> SUBJECT_ORDER = Comparator.comparing(Claim::subjectType)
            .thenComparing(Claim::subjectId);

    private final ExportRecord record;
    /** Every version with a subject, by subject key in type-then-id order: presence_subject and its index. */
    private final Map<String, List<ExportRecord.Version>> bySubject = new TreeMap<>(Comparator
            .comparing((String key) -> key.substring(0, key.indexOf('/'))).thenComparing(key -> key.substring(key.indexOf('/') + 1)));

    ExportClaims(ExportRecord record) {
        this.record = record;
        for (ExportRecord.Version v : record.versions) {
            if (v.subject != null && v.subject.id() != null) {
                bySubject.computeIfAbsent(v.subject.type().name() + "/" + v.subject.id(), k -> new ArrayList<>()).add(v);
            }
        }
    }

    /** The event with the greatest store time stamp at or before the instant, compared as text (EventLog.headAt). */
    @Override
    public EventLog.Head headAt(Instant asKnownAt) {
        String at = DateTimeUtils.formatInstant(asKnownAt);
        ExportRecord.Position head = null;
        for (ExportRecord.Position p : record.positions) {
            if (p.timeStamp().compareTo(at) <= 0 && (head == null || p.timeStamp().compareTo(head.timeStamp()) > 0
                    || p.timeStamp().equals(head.timeStamp()) && p.seq() > head.seq())) {
                head = p;
            }
        }
        return head == null ? EventLog.Head.GENESIS : new EventLog.Head(head.seq(), head.hash());
    }

    /** SqlClaims.LATEST: per subject, the latest start on or before the date among the deciding candidates. */
    @Override
    public Map<String, List<Claim>> latest(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        Map<String, List<Claim>> latest = new LinkedHashMap<>();
        List<String> keys = filter.keys();
        bySubject.forEach((key, versions) -> {
            if (!filter.isEmpty() && !keys.contains(key)) {
                return;
            }
            List<ExportRecord.Version> deciding = versions.stream().filter(candidate(asKnownAt))
                    .filter(v -> v.subject.basis() != Basis.PLANNED && !start(v).isAfter(on)).toList();
            LocalDate last = deciding.stream().map(ExportClaims::start).max(Comparator.naturalOrder()).orElse(null);
            if (last != null) {
                latest.put(key, deciding.stream().filter(v -> start(v).equals(last)).map(v -> claim(v, on))
                        .sorted(Claim.TIES).toList());
            }
        });
        return latest;
    }

    /** SqlClaims.PLANS. */
    @Override
    public List<Claim> plans(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        List<String> keys = filter.keys();
        return bySubject.entrySet().stream().filter(e -> filter.isEmpty() || keys.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(candidate(asKnownAt))
                .filter(v -> v.subject.basis() == Basis.PLANNED && v.subject.announced() != null
                        && !v.subject.announced().start().isAfter(on))
                .map(v -> claim(v, null))
                .sorted(SUBJECT_ORDER.thenComparing(Claim::start).thenComparing(Claim::factId)).toList();
    }

    /** SqlClaims.SUBJECT. */
    @Override
    public List<Claim> subject(SubjectType type, String id, Instant asKnownAt, boolean planned) {
        return bySubject.getOrDefault(type.name() + "/" + id, List.of()).stream().filter(candidate(asKnownAt))
                .filter(v -> (v.subject.basis() == Basis.PLANNED) == planned).map(v -> claim(v, null))
                .sorted(Claim.START_THEN_TIES).toList();
    }

    /** SqlClaims.TYPE. */
    @Override
    public List<Claim> ofType(SubjectType type, Instant asKnownAt) {
        return bySubject.values().stream().flatMap(List::stream).filter(v -> v.subject.type() == type)
                .filter(candidate(asKnownAt)).map(v -> claim(v, null))
                .sorted(Comparator.comparing(Claim::subjectId).thenComparing(Claim.START_THEN_TIES)).toList();
    }

    /** SqlClaims.RECORDINGS. */
    @Override
    public List<RecordDiff.Recording> recordings(String type, String id, LocalDate on, Instant from, Instant to) {
        Instant after = micros(from);
        Instant until = micros(to);
        return record.versions.stream()
                .filter(v -> v.recordedAt.isAfter(after) && !v.recordedAt.isAfter(until))
                .filter(v -> about(v, type, id, on) || about(record.previous(v), type, id, on))
                .sorted(Comparator.comparing((ExportRecord.Version v) -> v.recordedAt)
                        .thenComparing(v -> v.factId).thenComparingInt(v -> v.version))
                .map(v -> new RecordDiff.Recording(v.factId, v.version, v.change, v.reason, v.recordedAt, v.recordedBy))
                .toList();
    }

    private static boolean about(ExportRecord.Version v, String type, String id, LocalDate on) {
        return v != null && v.subject != null && v.subject.type().name().equals(type) && id.equals(v.subject.id())
                && !start(v).isAfter(on);
    }

    /** FactQueries.KNOWN_AT, active and not DEPRECATED: PresenceQueries' ACTIVE. */
    private static Predicate<ExportRecord.Version> candidate(Instant asKnownAt) {
        Instant t = micros(asKnownAt);
        return v -> !v.recordedAt.isAfter(t) && (v.supersededAt == null || v.supersededAt.isAfter(t))
                && "ACTIVE".equals(v.status) && !"DEPRECATED".equals(v.content.rank().name());
    }

    private static LocalDate start(ExportRecord.Version v) {
        return v.content.when().start();
    }

    /** The columns SqlClaims reads, as the projection derives them; {@code on}: the date in_transition is about. */
    private Claim claim(ExportRecord.Version v, LocalDate on) {
        var s = v.subject;
        When when = v.content.when();
        When announced = s.announced() == null ? null : When.of(s.announced().date(), s.announced().precision());
        boolean inTransition = on != null && on.isBefore(when.precision().next(when.start()))
                && when.precision() != Precision.DAY;
        ExportRecord.Names names = switch (s.type()) {
            case BASE -> record.bases.get(s.id());
            case AGREEMENT -> record.agreements.get(s.id());
            case TROOPS, MISSION -> null;
        };
        List<SourceView> sources = v.content.sources().stream().map(ref -> {
            ExportRecord.Source source = record.sources.get(ref.sourceId());
            return source == null ? new SourceView(ref.sourceId(), null, null, null, ref.locator())
                    : new SourceView(ref.sourceId(), source.title(), source.publisher(), source.published(), ref.locator());
        }).toList();
        return new Claim(s.type().name(), s.id(), s.value(), s.count(), s.low(), s.high(), s.qualifier(),
                s.basis().name(), s.inferred(), when, announced, inTransition, v.factId, v.version, sources,
                v.content.rank().name(), when.precision().fineness(), v.recordedAt,
                names == null ? null : names.nameEn(), names == null ? null : names.nameAr(),
                names == null ? null : names.province());
    }

    /**
     * The instant as PostgreSQL holds it after the JDBC driver sent it: to the nearest microsecond, half up (pgjdbc's
     * TimestampUtils rounds a Timestamp's nanoseconds so before sending; the database keeps microseconds).
     */
    static Instant micros(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}

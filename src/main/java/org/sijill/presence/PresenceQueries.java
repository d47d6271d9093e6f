package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.fact.SubjectType;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Presence on a date as known at an instant, its diff between dates and a subject's series (CONTRACT.md "Which claim
 * answers"). The {@link ClaimSource} selects the candidates (known at T, active, not DEPRECATED, not PLANNED) in tie
 * order; {@link ClaimRule} decides. Over the read model it is the server's answer; over an export
 * ({@link OfflineAnswers}) the same answer recomputed without the database.
 */
@Service
public class PresenceQueries {

    private final ClaimSource claims;

    PresenceQueries(ClaimSource claims) {
        this.claims = claims;
    }

    /**
     * Presence on {@code on} as known at {@code asKnownAt}, naming the record's head at that instant (read first:
     * an event stored while the answer is computed is after the head, and so may or may not be in the answer;
     * at a past instant it is in neither).
     */
    public Presence at(LocalDate on, Instant asKnownAt, SubjectFilter filter) {
        EventLog.Head head = claims.headAt(asKnownAt);
        return PresenceView.of(on, asKnownAt, head, claims.latest(on, asKnownAt, filter),
                claims.plans(on, asKnownAt, filter));
    }

    public PresenceDiff diff(LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = claims.headAt(asKnownAt);
        return PresenceDiff.between(from, to, asKnownAt, head, claims.latest(from, asKnownAt, SubjectFilter.ALL),
                claims.latest(to, asKnownAt, SubjectFilter.ALL));
    }

    /** The subject's runs within [from (default: its first claim), to]; plans are listed whatever their date. */
    public Series series(SubjectType type, String id, LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = claims.headAt(asKnownAt);
        return series(type, id, claims.subject(type, id, asKnownAt, false), claims.subject(type, id, asKnownAt, true),
                from, to, asKnownAt, head);
    }

    /**
     * The series of every subject of {@code type} that has a claim or a plan known at {@code asKnownAt}, in subject
     * order, read in one query; each is what {@link #series(SubjectType, String, LocalDate, LocalDate, Instant)}
     * answers for it.
     */
    public SeriesSet seriesOf(SubjectType type, LocalDate from, LocalDate to, Instant asKnownAt) {
        EventLog.Head head = claims.headAt(asKnownAt);
        Map<String, List<Claim>> deciding = new LinkedHashMap<>();
        Map<String, List<Claim>> plans = new LinkedHashMap<>();
        for (Claim claim : claims.ofType(type, asKnownAt)) {
            deciding.computeIfAbsent(claim.subjectId(), k -> new ArrayList<>());
            plans.computeIfAbsent(claim.subjectId(), k -> new ArrayList<>());
            ("PLANNED".equals(claim.basis()) ? plans : deciding).get(claim.subjectId()).add(claim);
        }
        List<Series> series = deciding.keySet().stream().map(id -> series(type, id, deciding.get(id), plans.get(id),
                from, to, asKnownAt, head)).toList();
        return new SeriesSet(type.typeName(), from, to, asKnownAt, head, series);
    }

    private static Series series(SubjectType type, String id, List<Claim> claims, List<Claim> plans,
                                 LocalDate from, LocalDate to, Instant asKnownAt, EventLog.Head head) {
        LocalDate start = from != null ? from : claims.isEmpty() ? to : claims.get(0).start();
        List<Series.Segment> segments = ClaimRule.runs(claims, start, to).stream().map(Series.Segment::of).toList();
        Claim named = !claims.isEmpty() ? claims.get(0) : plans.isEmpty() ? null : plans.get(0);
        return new Series(type.name(), id, named == null ? null : named.nameEn(), named == null ? null : named.nameAr(),
                start, to, asKnownAt, head, segments, plans.stream().map(ClaimView::of).toList());
    }

    /** The subject's claims that can decide (not PLANNED) known at {@code asKnownAt}, in start and tie order. */
    List<Claim> deciding(SubjectType type, String id, Instant asKnownAt) {
        return claims.subject(type, id, asKnownAt, false);
    }
}

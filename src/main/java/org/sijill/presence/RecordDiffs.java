package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Computes {@link RecordDiff}: presence on one date at two record instants, by the same rule ({@link ClaimRule}). */
@Service
class RecordDiffs {

    private final ClaimSource claims;

    RecordDiffs(ClaimSource claims) {
        this.claims = claims;
    }

    RecordDiff between(LocalDate on, Instant fromKnownAt, Instant toKnownAt) {
        EventLog.Head fromHead = claims.headAt(fromKnownAt);
        EventLog.Head head = claims.headAt(toKnownAt);
        Map<String, List<Claim>> before = claims.latest(on, fromKnownAt, SubjectFilter.ALL);
        Map<String, List<Claim>> after = claims.latest(on, toKnownAt, SubjectFilter.ALL);
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        List<RecordDiff.Change> changes = new ArrayList<>();
        for (String subject : subjects.stream().sorted().toList()) {
            RecordDiff.Entry was = entry(on, before.get(subject));
            RecordDiff.Entry is = entry(on, after.get(subject));
            if (Objects.equals(was, is)) {
                continue;
            }
            Claim any = (after.containsKey(subject) ? after : before).get(subject).get(0);
            changes.add(new RecordDiff.Change(any.subjectType(), any.subjectId(), was, is,
                    recordings(any.subjectType(), any.subjectId(), on, fromKnownAt, toKnownAt)));
        }
        return new RecordDiff(on, fromKnownAt, toKnownAt, fromHead, head, changes);
    }

    private static RecordDiff.Entry entry(LocalDate on, List<Claim> claims) {
        return claims == null || claims.isEmpty() ? null : RecordDiff.Entry.of(ClaimRule.Decision.on(on, claims));
    }

    private List<RecordDiff.Recording> recordings(String type, String id, LocalDate on, Instant from, Instant to) {
        return claims.recordings(type, id, on, from, to);
    }
}

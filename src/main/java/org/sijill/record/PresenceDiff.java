package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in presence between two dates, as known at one instant: every subject whose answer
 * differs, with its state before and after and the fact that caused the change (the one answering on
 * {@code to}, or on {@code from} for a subject that no longer has an answer).
 */
public record PresenceDiff(LocalDate from, LocalDate to, Instant asKnownAt, List<Change> changes) {

    public record State(String value, Long count, When when, String factId, int version) {
    }

    public record Change(String subjectType, String subjectId, State before, State after, String factId,
                         int version) {
    }

    static PresenceDiff between(LocalDate from, LocalDate to, Instant asKnownAt, Map<String, List<Claim>> before,
                                Map<String, List<Claim>> after) {
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String subject : subjects.stream().sorted().toList()) {
            Claim was = first(before.get(subject));
            Claim is = first(after.get(subject));
            if (was != null && is != null && Objects.equals(was.value(), is.value())
                    && Objects.equals(was.count(), is.count())) {
                continue;
            }
            Claim cause = is != null ? is : was;
            changes.add(new Change(cause.subjectType(), cause.subjectId(), state(was), state(is), cause.factId(),
                    cause.version()));
        }
        return new PresenceDiff(from, to, asKnownAt, changes);
    }

    private static Claim first(List<Claim> claims) {
        return claims == null || claims.isEmpty() ? null : claims.get(0);
    }

    private static State state(Claim claim) {
        return claim == null ? null
                : new State(claim.value(), claim.count(), claim.when(), claim.factId(), claim.version());
    }
}

package org.sijill.presence;

import org.sijill.eventstore.EventLog;
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
 * What changed in presence between two dates, as known at one instant, by the same rule as presence
 * ({@link ClaimRule}): every subject whose answer differs, with its state before and after (null: no
 * value) and the fact that caused the change: the claim deciding on {@code to}, including a span that
 * has ended by then ({@code lapsed}), or else the one that answered on {@code from}.
 */
public record PresenceDiff(LocalDate from, LocalDate to, Instant asKnownAt, EventLog.Head head, List<Change> changes)
        implements org.sijill.web.CsvTable {

    /** As CSV: one row per changed subject. */
    @Override
    public List<String> csvColumns() {
        return List.of("subjectType", "subjectId", "beforeValue", "beforeCount", "beforeFactId", "afterValue",
                "afterCount", "afterFactId", "lapsed", "factId", "version");
    }

    @Override
    public List<List<Object>> csvRows() {
        return changes.stream().map(c -> java.util.Arrays.<Object>asList(c.subjectType(), c.subjectId(),
                c.before() == null ? null : c.before().value(), c.before() == null ? null : c.before().count(),
                c.before() == null ? null : c.before().factId(), c.after() == null ? null : c.after().value(),
                c.after() == null ? null : c.after().count(), c.after() == null ? null : c.after().factId(),
                c.lapsed(), c.factId(), c.version())).toList();
    }

    public record State(@org.jspecify.annotations.Nullable String value, @org.jspecify.annotations.Nullable Long count, When when, String factId, int version) {
    }

    public record Change(String subjectType, String subjectId, @org.jspecify.annotations.Nullable State before, @org.jspecify.annotations.Nullable State after,
                         boolean lapsed,
                         String factId, int version) {
    }

    static PresenceDiff between(LocalDate from, LocalDate to, Instant asKnownAt, EventLog.Head head,
                                Map<String, List<Claim>> before,
                                Map<String, List<Claim>> after) {
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String subject : subjects.stream().sorted().toList()) {
            ClaimRule.Decision then = decide(from, before.get(subject));
            ClaimRule.Decision now = decide(to, after.get(subject));
            Claim was = then != null && then.holds() ? then.deciding() : null;
            Claim is = now != null && now.holds() ? now.deciding() : null;
            if (was == null && is == null || was != null && is != null && Objects.equals(was.value(), is.value())
                    && Objects.equals(was.count(), is.count())) {
                continue;
            }
            Claim cause = now != null ? now.deciding() : was;
            changes.add(new Change(cause.subjectType(), cause.subjectId(), state(was), state(is),
                    is == null && now != null, cause.factId(), cause.version()));
        }
        return new PresenceDiff(from, to, asKnownAt, head, changes);
    }

    private static ClaimRule.Decision decide(LocalDate day, List<Claim> claims) {
        return claims == null || claims.isEmpty() ? null : ClaimRule.Decision.on(day, claims);
    }

    private static State state(Claim claim) {
        return claim == null ? null
                : new State(claim.value(), claim.count(), claim.when(), claim.factId(), claim.version());
    }
}

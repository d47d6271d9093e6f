package org.sijill.presence;

import org.jspecify.annotations.Nullable;
import org.sijill.fact.Basis;
import org.sijill.fact.FactContent;
import org.sijill.fact.Rank;
import org.sijill.fact.SubjectType;
import org.sijill.record.Subject;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The presence changes a write would cause, computed without writing (CONTRACT.md {@code ?dryRun=true}): for each
 * subject the write touches, its series as known now and its series with the write applied (the written version
 * replacing the fact's current one, recorded now, so it wins ties on the record time as it would), compared day by
 * day and stated as runs of days whose answer changes, the way the diff states a change (before, after; null: no
 * value). The same value from another fact is no change.
 */
@Service
public class WriteEffects {

    private static final LocalDate FIRST = LocalDate.of(2003, 1, 1);

    public record State(@Nullable String value, @Nullable Long count, String factId, int version) {
    }

    /** Days {@code from}..{@code to} (both included) on which the subject's answer goes from before to after. */
    public record Effect(String subjectType, String subjectId, LocalDate from, LocalDate to, @Nullable State before,
                         @Nullable State after) {
    }

    private final PresenceQueries presence;
    private final Clock clock;

    WriteEffects(PresenceQueries presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    /**
     * {@code current}: the content of the fact the write replaces (null for a new fact); {@code written}: its content
     * after the write (null for a retraction); {@code version}: the version the write would make.
     */
    public List<Effect> of(String factId, int version, @Nullable FactContent current, @Nullable FactContent written) {
        Instant now = clock.instant();
        Map<String, SubjectType> subjects = new LinkedHashMap<>();
        for (FactContent content : new FactContent[]{current, written}) {
            Subject s = content == null ? null : Subject.of(content);
            if (s != null) {
                subjects.put(s.type().name() + "/" + s.id(), s.type());
            }
        }
        List<Effect> effects = new ArrayList<>();
        Subject next = written == null ? null : Subject.of(written);
        subjects.forEach((key, type) -> {
            String id = key.substring(key.indexOf('/') + 1);
            List<Claim> before = presence.deciding(type, id, now);
            List<Claim> after = new ArrayList<>(before.stream().filter(c -> !c.factId().equals(factId)).toList());
            if (next != null && next.type() == type && next.id().equals(id) && next.basis() != Basis.PLANNED
                    && written.rank() != Rank.DEPRECATED) {
                after.add(claim(factId, version, written, next, now));
                after.sort(Claim.START_THEN_TIES);
            }
            effects.addAll(compare(type, id, before, after));
        });
        return effects;
    }

    private static Claim claim(String factId, int version, FactContent content, Subject s, Instant now) {
        Rank rank = content.rank() == null ? Rank.NORMAL : content.rank();
        return new Claim(s.type().name(), s.id(), s.value(), s.count(), s.low(), s.high(), s.qualifier(),
                s.basis().name(), s.inferred(), content.when(), s.announced(), false, factId, version, List.of(),
                rank.name(), content.when().precision().fineness(), now, null, null, null);
    }

    private List<Effect> compare(SubjectType type, String id, List<Claim> before, List<Claim> after) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ClaimRule.Run> was = ClaimRule.runs(before, FIRST, today);
        List<ClaimRule.Run> is = ClaimRule.runs(after, FIRST, today);
        TreeSet<LocalDate> bounds = new TreeSet<>();
        for (List<ClaimRule.Run> runs : List.of(was, is)) {
            runs.forEach(run -> {
                bounds.add(run.from());
                bounds.add(run.to().plusDays(1));
            });
        }
        List<Effect> effects = new ArrayList<>();
        LocalDate[] days = bounds.toArray(LocalDate[]::new);
        for (int i = 0; i + 1 < days.length; i++) {
            State b = stateOn(was, days[i]);
            State a = stateOn(is, days[i]);
            if (sameAnswer(b, a)) {
                continue;
            }
            Effect last = effects.isEmpty() ? null : effects.get(effects.size() - 1);
            if (last != null && last.to().plusDays(1).equals(days[i]) && Objects.equals(last.before(), b)
                    && Objects.equals(last.after(), a)) {
                effects.set(effects.size() - 1, new Effect(last.subjectType(), last.subjectId(), last.from(),
                        days[i + 1].minusDays(1), b, a));
            } else {
                effects.add(new Effect(type.name(), id, days[i], days[i + 1].minusDays(1), b, a));
            }
        }
        return effects;
    }

    /** An answer changes with its value or count; the same value from another fact or version is no change. */
    private static boolean sameAnswer(@Nullable State b, @Nullable State a) {
        return b == null ? a == null : a != null && Objects.equals(b.value(), a.value())
                && Objects.equals(b.count(), a.count());
    }

    private static @Nullable State stateOn(List<ClaimRule.Run> runs, LocalDate day) {
        for (ClaimRule.Run run : runs) {
            if (!day.isBefore(run.from()) && !day.isAfter(run.to())) {
                Claim c = run.deciding();
                return new State(c.value(), c.count(), c.factId(), c.version());
            }
        }
        return null;
    }
}

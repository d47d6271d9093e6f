package org.sijill.bench;

import org.sijill.agreement.RegisterAgreement;
import org.sijill.base.RegisterBase;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactCorrection;
import org.sijill.fact.FactKind;
import org.sijill.fact.Precision;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.RetractFact;
import org.sijill.fact.SourceRef;
import org.sijill.fact.Vocabulary;
import org.sijill.fact.When;
import org.sijill.source.RegisterSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A synthetic chronology of realistic shape, deterministic from a seed and streamed in constant memory:
 * {@value #BASES} bases, every force, scope and kind, 30 years of valid time (1996-2025), about 5% of
 * facts corrected and 1% retracted a little later. Record time advances one millisecond per command.
 */
final class SyntheticChronology {

    static final int BASES = 1000;
    static final int SOURCES = 20;
    static final int AGREEMENTS = 50;
    static final Instant RECORD_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] FORCES = Vocabulary.FORCES.codes().stream().sorted().toArray(String[]::new);
    private static final String[] SCOPES = Vocabulary.SCOPES.codes().stream().sorted().toArray(String[]::new);
    // The benchmark's data predates OPERATING; leaving it out keeps figures comparable across runs.
    private static final String[] PHASES = Vocabulary.PHASES.codes().stream().filter(p -> !p.equals("OPERATING")).sorted().toArray(String[]::new);
    private static final String[] BASE_STATUSES = Vocabulary.BASE_STATUSES.codes().stream().sorted().toArray(String[]::new);
    private static final String[] AGREEMENT_STATUSES = Vocabulary.AGREEMENT_STATUSES.codes().stream().sorted().toArray(String[]::new);
    private static final FactKind[] KINDS = FactKind.values();

    private SyntheticChronology() {
    }

    static List<Object> registry() {
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            commands.add(new RegisterSource("bench-src-" + i, "Synthetic source " + i, "Benchmark", "2025", "en", null,
                    "bench", RECORD_START));
        }
        for (int i = 0; i < BASES; i++) {
            commands.add(new RegisterBase("bench-base-" + i, "Synthetic base " + i, "قاعدة تجريبية " + i,
                    List.of("SB-" + i), "Province " + (i % 18), null, null, "bench", RECORD_START));
        }
        for (int i = 0; i < AGREEMENTS; i++) {
            commands.add(new RegisterAgreement("bench-agreement-" + i, "Synthetic agreement " + i, "اتفاقية " + i,
                    "bench", RECORD_START));
        }
        return commands;
    }

    /** Commands for facts {@code from} (inclusive) to {@code to} (exclusive), with their corrections and retractions. */
    static FactStream facts(long seed, long from, long to) {
        return new FactStream(seed, from, to);
    }

    /** The commands in order; {@link #isPending} says whether a fact's correction or retraction is still to come. */
    static final class FactStream implements Iterator<Object> {
        private final Random random;
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private final java.util.Set<String> pendingIds = new java.util.HashSet<>();
        private final long to;
        private long next;
        private long clock;

        FactStream(long seed, long from, long to) {
            this.random = new Random(seed ^ from);
            this.to = to;
            this.next = from;
            this.clock = from * 2;
        }

        boolean isPending(String factId) {
            return pendingIds.contains(factId);
        }

        @Override
        public boolean hasNext() {
            return next < to || !pending.isEmpty();
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!pending.isEmpty() && (next >= to || random.nextInt(20) == 0)) {
                Object later = pending.poll();
                pendingIds.remove(later instanceof CorrectFact c ? c.factId() : ((RetractFact) later).factId());
                return later;
            }
            String id = "bench-" + next++;
            FactContent content = unique(random);
            Instant at = RECORD_START.plusMillis(clock++);
            int fate = random.nextInt(100);
            if (fate < 5) {
                pending.add(new CorrectFact(id, 1, "synthetic correction", new FactCorrection(null, null, null,
                        content.summaryEn() + " (corrected)", Rank.PREFERRED), "bench", at.plusSeconds(60)));
                pendingIds.add(id);
            } else if (fate < 6) {
                pending.add(new RetractFact(id, 1, "synthetic retraction", "bench", at.plusSeconds(60)));
                pendingIds.add(id);
            }
            return new RecordFact(id, content, "bench", at);
        }
    }

    /**
     * The claims generated so far in this JVM, as 64-bit hashes of what makes two claims the same (kind, when, data):
     * the contract refuses a second fact stating an active claim (409), so a generated claim equal to an earlier one
     * (in this stream or another, such as the small record imported before the large) is drawn again. About 20 MB
     * at a million facts.
     */
    private static final java.util.Set<Long> CLAIMS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static FactContent unique(Random random) {
        while (true) {
            FactContent content = content(random);
            if (content.kind().schema().subjectType().isEmpty()) {
                return content;
            }
            long key = java.util.Objects.hash(content.kind(), content.when(), content.data()) * 0x9E3779B97F4A7C15L
                    ^ (content.data().toString().hashCode() + 31L * content.when().hashCode());
            if (CLAIMS.add(key)) {
                return content;
            }
        }
    }

    static FactContent content(Random random) {
        FactKind kind = KINDS[random.nextInt(KINDS.length)];
        LocalDate day = LocalDate.of(1996, 1, 1).plusDays(random.nextInt(30 * 365));
        Precision precision = Precision.values()[random.nextInt(3)];
        String date = switch (precision) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
        Map<String, Object> data = switch (kind) {
            case TROOP_LEVEL -> Map.of("force", FORCES[random.nextInt(FORCES.length)], "count", random.nextInt(200_000));
            case TROOP_MOVEMENT -> Map.of("force", FORCES[random.nextInt(FORCES.length)], "direction",
                    random.nextBoolean() ? "WITHDRAWN" : "DEPLOYED", "count", random.nextInt(5000),
                    "baseId", "bench-base-" + random.nextInt(BASES));
            case BASE_STATUS -> Map.of("baseId", "bench-base-" + random.nextInt(BASES), "status",
                    BASE_STATUSES[random.nextInt(BASE_STATUSES.length)]);
            case MISSION_PHASE -> Map.of("scope", SCOPES[random.nextInt(SCOPES.length)], "phase",
                    PHASES[random.nextInt(PHASES.length)]);
            case AGREEMENT -> Map.of("agreementId", "bench-agreement-" + random.nextInt(AGREEMENTS), "status",
                    AGREEMENT_STATUSES[random.nextInt(AGREEMENT_STATUSES.length)]);
            default -> Map.of("speaker", "Official " + random.nextInt(500), "place", "Baghdad");
        };
        return new FactContent(kind, When.of(date, precision), data,
                List.of(new SourceRef("bench-src-" + random.nextInt(SOURCES), "p. " + (1 + random.nextInt(300)))),
                "Synthetic " + kind.name().toLowerCase() + " claim number " + random.nextInt(1_000_000), Rank.NORMAL);
    }
}

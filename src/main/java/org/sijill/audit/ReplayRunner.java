package org.sijill.audit;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.record.FactVersionReplay;
import org.sijill.record.ReadModelSync;
import org.sijill.source.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every projection from the event store into shadow copies, up to the head at the start,
 * while reads keep being served from the live tables; then compares rebuilt and live content. Events are
 * read on a second thread ({@link EventChunks}) while the previous chunk is written.
 */
@Service
public class ReplayRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final int BATCH = 2000;
    private static final String REGISTRY_TYPES = "('org.sijill.source.SourceRegistered',"
            + " 'org.sijill.base.BaseRegistered', 'org.sijill.agreement.AgreementRegistered')";

    private final EventStorageEngine events;
    private final FactVersionReplay facts;
    private final ReadModelSync readModel;
    private final SourceCatalog sources;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicReference<ReplayStatus> status = new AtomicReference<>(ReplayStatus.idle());
    private volatile CompletableFuture<ReplayStatus> finished = CompletableFuture.completedFuture(ReplayStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "replay");
        thread.setDaemon(true);
        return thread;
    });

    ReplayRunner(EventStorageEngine events, FactVersionReplay facts, ReadModelSync readModel, SourceCatalog sources,
                 BaseCatalog bases, AgreementCatalog agreements, JdbcClient jdbc,
                 PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.facts = facts;
        this.readModel = readModel;
        this.sources = sources;
        this.bases = bases;
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public ReplayStatus status() {
        return status.get();
    }

    /** Starts a replay unless one is running; returns whether it started. */
    public boolean start() {
        ReplayStatus current = status.get();
        if (current.state() == ReplayStatus.State.RUNNING) {
            return false;
        }
        ReplayStatus starting = new ReplayStatus(ReplayStatus.State.RUNNING, 0, 0, null, clock.instant(), null, null,
                null);
        if (!status.compareAndSet(current, starting)) {
            return false;
        }
        finished = CompletableFuture.supplyAsync(() -> {
            run();
            return status.get();
        }, worker);
        return true;
    }

    /** Completes with the final status (DONE or FAILED) of the latest replay. */
    public CompletableFuture<ReplayStatus> finished() {
        return finished;
    }

    private void run() {
        try {
            long head = readModel.head();
            long total = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index <= :head")
                    .param("head", head).query(Long.class).single();
            update(0, total, null, null);
            transaction.executeWithoutResult(s -> facts.start());
            RegistryDigest rebuilt = new RegistryDigest();
            long processed = 0;
            try (EventChunks chunks = new EventChunks(events, head, BATCH, 4)) {
                for (List<EventChunks.Event> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    List<EventChunks.Event> current = chunk;
                    transaction.executeWithoutResult(s -> apply(current, rebuilt));
                    processed += chunk.size();
                    update(processed, total, null, null);
                }
            }
            ReplayStatus rebuilding = status.get();
            status.set(new ReplayStatus(rebuilding.state(), processed, total, null, rebuilding.startedAt(),
                    clock.instant(), null, null));
            FactVersionReplay.Checksum live = facts.live(head);
            FactVersionReplay.Checksum rebuiltFacts = facts.rebuilt(head);
            boolean factsMatch = live.equals(rebuiltFacts);
            var lateIds = new HashSet<>(jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index"
                    + " > :head AND payload_type IN " + REGISTRY_TYPES).param("head", head).query(String.class).list());
            boolean registryMatches = RegistryDigest.live(sources, bases, agreements, lateIds).digest()
                    .equals(rebuilt.digest());
            String detail = "fact-versions " + (factsMatch ? "match" : "differ: live " + live + ", rebuilt "
                    + rebuiltFacts + ", e.g. " + facts.differences(head)) + "; registry "
                    + (registryMatches ? "matches" : "differs");
            status.set(new ReplayStatus(ReplayStatus.State.DONE, processed, total, factsMatch && registryMatches,
                    status.get().startedAt(), status.get().rebuiltAt(), clock.instant(), detail));
            log.info("Replay done: {} events, {}", processed, detail);
        } catch (Exception e) {
            log.error("Replay failed", e);
            ReplayStatus s = status.get();
            status.set(new ReplayStatus(ReplayStatus.State.FAILED, s.processed(), s.total(), null, s.startedAt(),
                    s.rebuiltAt(), clock.instant(), e.getMessage()));
        }
    }

    /** Applies a chunk of events in the current transaction. */
    private void apply(List<EventChunks.Event> chunk, RegistryDigest registry) {
        try {
            for (EventChunks.Event event : chunk) {
                facts.apply(event.payload(), event.index());
                registry.accept(event.payload());
            }
        } finally {
            facts.flush();
        }
    }

    private void update(long processed, long total, Boolean matches, String detail) {
        ReplayStatus s = status.get();
        status.set(new ReplayStatus(s.state(), processed, total, matches, s.startedAt(), s.rebuiltAt(), s.finishedAt(),
                detail));
    }
}

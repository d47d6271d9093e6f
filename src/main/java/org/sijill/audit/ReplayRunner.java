package org.sijill.audit;

import org.axonframework.eventhandling.GapAwareTrackingToken;

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

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the read model from the event store into shadow tables, up to the head at the start, while
 * reads and writes go on against the live tables; compares rebuilt and live content; and, when they match
 * or a repair was asked for, swaps the rebuilt tables into place atomically: under the hash chain's lock
 * (writers wait, a few milliseconds) it applies the events stored since the start, then renames. Events are
 * read on a second thread ({@link EventChunks}) while the previous chunk is written. The status is stored
 * ({@link ReplayStatusStore}): every node reads the same, a restart keeps it, one replay runs at a time.
 *
 * <p>Failure semantics: a failure before the swap leaves the live read model untouched (FAILED); the swap
 * is one transaction, so readers see the old model or the new one whole, never a mixture.
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
    private final ReplayStatusStore store;
    private final String node;
    private volatile CompletableFuture<ReplayStatus> finished;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "replay");
        thread.setDaemon(true);
        return thread;
    });

    ReplayRunner(EventStorageEngine events, FactVersionReplay facts, ReadModelSync readModel, SourceCatalog sources,
                 BaseCatalog bases, AgreementCatalog agreements, JdbcClient jdbc,
                 PlatformTransactionManager transactions, ReplayStatusStore store,
                 AuditProperties properties) {
        this.events = events;
        this.facts = facts;
        this.readModel = readModel;
        this.sources = sources;
        this.bases = bases;
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        String nodeId = properties.nodeId() == null ? "" : properties.nodeId();
        this.node = nodeId.isBlank() ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        this.finished = CompletableFuture.completedFuture(null);
    }

    public ReplayStatus status() {
        return store.read();
    }

    /** Starts a replay unless one is running on any node; returns whether it started. */
    public boolean start(boolean repair) {
        if (!store.start(node, repair)) {
            return false;
        }
        finished = CompletableFuture.supplyAsync(() -> {
            run(repair);
            return store.read();
        }, worker);
        return true;
    }

    /** Completes with the final status (DONE or FAILED) of the latest replay started on this node. */
    public CompletableFuture<ReplayStatus> finished() {
        return finished;
    }

    private void run(boolean repair) {
        try {
            long head = readModel.head();
            long total = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index <= :head")
                    .param("head", head).query(Long.class).single();
            store.progress(0, total);
            transaction.executeWithoutResult(s -> facts.start());
            RegistryDigest rebuilt = new RegistryDigest();
            long processed = 0;
            try (EventChunks chunks = new EventChunks(events, head, BATCH, 4)) {
                for (List<EventChunks.Event> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    List<EventChunks.Event> current = chunk;
                    transaction.executeWithoutResult(s -> apply(current, rebuilt));
                    processed += chunk.size();
                    store.progress(processed, total);
                }
            }
            store.rebuilt();
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
            boolean swap = factsMatch || repair;
            if (swap) {
                swapIntoPlace(head);
                detail += "; rebuilt read model swapped into place" + (factsMatch ? "" : " (repair)");
            }
            store.finish(ReplayStatus.State.DONE, factsMatch && registryMatches, swap, detail);
            log.info("Replay done: {} events, {}", processed, detail);
        } catch (Exception e) {
            log.error("Replay failed", e);
            store.finish(ReplayStatus.State.FAILED, null, false, e.getMessage());
        }
    }

    /** Indexes the rebuilt tables, then, holding the chain's lock, applies the events since {@code head} and swaps. */
    private void swapIntoPlace(long head) {
        transaction.executeWithoutResult(s -> jdbc.sql("SELECT index_rebuilt_read_model()").query().listOfRows());
        transaction.executeWithoutResult(s -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(" + ChainLock.KEY + ")").query().listOfRows();
            try (var stream = events.readEvents(GapAwareTrackingToken.newInstance(head, java.util.Set.of()), false)) {
                stream.forEach(event -> facts.apply(event.getPayload(), event.trackingToken().position().orElse(-1)));
            } finally {
                facts.flush();
            }
            jdbc.sql("SELECT swap_rebuilt_read_model()").query().listOfRows();
        });
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
}

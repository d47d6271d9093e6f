package org.sijill.audit;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.Checksum;
import org.sijill.readmodel.ReadModel;
import org.sijill.readmodel.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every read model ({@link ReadModel}) from the event store into its shadow tables, up to the head at
 * the start, while reads and writes go on against the live tables; compares rebuilt and live content; and,
 * when they all match or a repair was asked for, swaps the rebuilt tables into place atomically: under the
 * hash chain's lock (writers wait, a few milliseconds) it applies the events stored since the start, then
 * renames. Events are read on a second thread ({@link EventChunks}) while the previous chunk is written. The
 * status is stored ({@link ReplayStatusStore}): every node reads the same, a restart keeps it, one replay
 * runs at a time.
 *
 * <p>Failure semantics: a failure before the swap leaves the live read models untouched (FAILED); the swap
 * is one transaction, so readers see the old models or the new ones whole, never a mixture.
 */
@Service
public class ReplayRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final int BATCH = 2000;

    private final EventStorageEngine storage;
    private final EventLog events;
    private final List<ReadModel> models;
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

    ReplayRunner(EventStorageEngine storage, EventLog events, List<ReadModel> models, JdbcClient jdbc,
                 PlatformTransactionManager transactions, ReplayStatusStore store, AuditProperties properties) {
        this.storage = storage;
        this.events = events;
        this.models = List.copyOf(models);
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
            long head = events.head();
            long total = events.count(head);
            store.progress(0, total);
            transaction.executeWithoutResult(s -> models.forEach(ReadModel::clearShadow));
            long processed = 0;
            try (EventChunks chunks = new EventChunks(storage, head, BATCH, 4)) {
                for (List<EventChunks.Event> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    List<EventChunks.Event> current = chunk;
                    transaction.executeWithoutResult(s -> apply(current));
                    processed += chunk.size();
                    store.progress(processed, total);
                }
            }
            store.rebuilt();
            boolean allMatch = true;
            List<String> details = new ArrayList<>();
            for (ReadModel model : models) {
                Checksum live = model.checksum(false, head);
                Checksum rebuilt = model.checksum(true, head);
                boolean match = live.equals(rebuilt);
                allMatch &= match;
                details.add(model.name() + (match ? " match" : " differ: live " + live + ", rebuilt " + rebuilt
                        + ", e.g. " + model.differences(head)));
            }
            String detail = String.join("; ", details);
            boolean swap = allMatch || repair;
            if (swap) {
                swapIntoPlace(head);
                detail += "; rebuilt read models swapped into place" + (allMatch ? "" : " (repair)");
            }
            store.finish(ReplayStatus.State.DONE, allMatch, swap, detail);
            log.info("Replay done: {} events, {}", processed, detail);
        } catch (Exception e) {
            log.error("Replay failed", e);
            store.finish(ReplayStatus.State.FAILED, null, false, e.getMessage());
        }
    }

    /**
     * Indexes the rebuilt tables, then, holding the chain's lock, applies the events since {@code head} and swaps.
     * A writer that read a registry table may be waiting for the chain's lock while the swap waits for that
     * table: the swap's lock waits are bounded ({@value #SWAP_LOCK_TIMEOUT}), so it is the swap that gives up
     * (its transaction rolls back whole) and is tried again, never the write.
     */
    private void swapIntoPlace(long head) {
        String[] tables = models.stream().flatMap(m -> m.tables().stream()).map(Table::name).toArray(String[]::new);
        transaction.executeWithoutResult(s -> jdbc.sql("SELECT index_rebuilt_tables(CAST(? AS text[]))")
                .param(tables).query().listOfRows());
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(s -> catchUpAndSwap(head, tables));
                return;
            } catch (org.springframework.dao.DataAccessException busy) {
                if (attempt == SWAP_ATTEMPTS) {
                    throw busy;
                }
                log.info("Swap attempt {} gave way to writers ({}); trying again", attempt, busy.getMessage());
            }
        }
    }

    private static final String SWAP_LOCK_TIMEOUT = "500ms";
    private static final int SWAP_ATTEMPTS = 10;

    private void catchUpAndSwap(long head, String[] tables) {
        jdbc.sql("SELECT pg_advisory_xact_lock(" + ChainLock.KEY + ")").query().listOfRows();
        jdbc.sql("SET LOCAL lock_timeout = '" + SWAP_LOCK_TIMEOUT + "'").update();
        try (var stream = storage.readEvents(GapAwareTrackingToken.newInstance(head, java.util.Set.of()), false)) {
            stream.forEach(event -> models.forEach(m -> m.applyToShadow(event.getPayload(),
                    event.trackingToken().position().orElse(-1))));
        } finally {
            models.forEach(ReadModel::flushShadow);
        }
        jdbc.sql("SELECT swap_rebuilt_tables(CAST(? AS text[]))").param(tables).query().listOfRows();
    }

    /** Applies a chunk of events in the current transaction. */
    private void apply(List<EventChunks.Event> chunk) {
        try {
            for (EventChunks.Event event : chunk) {
                for (ReadModel model : models) {
                    model.applyToShadow(event.payload(), event.index());
                }
            }
        } finally {
            models.forEach(ReadModel::flushShadow);
        }
    }
}

package org.sijill.editing;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one way editors' writes reach the record: writes that arrive together are queued and committed as one
 * {@link WriteGroup} (at most {@code chronology.writes.max-group}) by one committer thread. Grouping exists
 * because every stored event holds the hash chain's lock until its transaction commits (benchmark: one
 * transaction per write spent most of its time waiting for that lock). An answer means the write is
 * committed and readable everywhere; a refusal that nothing of it was stored ({@link WriteGroup} says what
 * a failed commit means).
 */
@Service
class WritePipeline implements SmartLifecycle {

    /** A write waiting for its group; package-private for {@code WritePipelineIT}, which commits a group itself. */
    record Pending(Write write, IdempotentAnswers.@Nullable Claim claim, CompletableFuture<ResponseEntity<?>> answer) {

        static Pending of(Write write, IdempotentAnswers.@Nullable Claim claim) {
            return new Pending(write, claim, new CompletableFuture<>());
        }
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final WriteGroup group;
    private final int maxGroup;
    private volatile @Nullable Thread committer;

    WritePipeline(WriteGroup group, WritesProperties properties) {
        this.group = group;
        this.maxGroup = properties.maxGroup();
    }

    /** Commits the write with those arriving with it; its answer, or what refused it. */
    ResponseEntity<?> submit(Write write, IdempotentAnswers.@Nullable Claim claim) {
        Pending pending = Pending.of(write, claim);
        if (committer == null) {
            commit(List.of(pending));
        } else {
            queue.add(pending);
            if (committer == null && queue.remove(pending)) {
                commit(List.of(pending)); // stopped meanwhile, after its last drain of the queue
            }
        }
        try {
            return pending.answer().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the write was being committed", e);
        }
    }

    /** Commits one group now, in this thread (tests commit a group of their own making). */
    void commit(List<Pending> group) {
        this.group.commit(group);
    }

    /**
     * Commits groups until {@link #stop}, then the writes still queued. Stopping is a flag, never an interrupt:
     * an interrupted committer would have Axon refuse the commands of the group it is committing.
     */
    private void loop() {
        Thread self = Thread.currentThread();
        while (committer == self) {
            List<Pending> group = new ArrayList<>();
            try {
                Pending next = queue.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                group.add(next);
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, maxGroup - 1);
            commit(group);
        }
        Thread.interrupted();
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> commit(List.of(p)));
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::loop, "write-pipeline");
        thread.setDaemon(true);
        committer = thread;
        thread.start();
    }

    /** Lets the committer finish its group and the queued writes (at most 30 s), before the database goes. */
    @Override
    public void stop() {
        Thread thread = committer;
        committer = null;
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return committer != null;
    }
}

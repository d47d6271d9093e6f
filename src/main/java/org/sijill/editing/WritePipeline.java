package org.sijill.editing;

import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one way editors' writes reach the record. Writes that arrive together are committed in one
 * transaction this service owns ({@link TransactionTemplate}), each behind its own JDBC savepoint: its command is
 * sent through the {@link CommandGateway} (Axon's unit of work joins the transaction; the event store, the
 * hash chain's trigger and the subscribing read models all write in it), its answer is made from the
 * handler's result and, for an Idempotency-Key, stored beside it. A refused write is rolled back to its
 * savepoint alone (events, read-model rows, stored answer, after-commit actions) and its caller alone gets
 * the refusal. Grouping exists because every stored event holds the hash chain's lock until its transaction
 * commits (benchmark: one transaction per write spent most of its time waiting for that lock).
 * <p>
 * Failure semantics: an answer means the write is committed and readable everywhere. A refusal means nothing
 * of it was stored. When the group's commit itself fails (the database was lost mid-commit), every caller
 * of the group gets that failure, which the API answers as "may or may not be stored; retry with the same
 * Idempotency-Key": nothing is re-run, since a commit that failed in flight may have landed.
 * <p>
 * Relied on from Axon 4.13: {@code SpringTransactionManager} neither commits nor rolls back a transaction it
 * joined, so a refused command does not mark the group's transaction rollback-only
 * ({@code WritePipelineIT} fails if that changes).
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
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final DataSource dataSource;
    private final IdempotentAnswers answers;
    private final int maxGroup;
    private volatile @Nullable Thread committer;

    WritePipeline(CommandGateway commands, PlatformTransactionManager transactionManager, EntityManager entities,
                  DataSource dataSource, IdempotentAnswers answers, WritesProperties properties) {
        this.dataSource = dataSource;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entities = entities;
        this.answers = answers;
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

    /** Runs the writes in one transaction and completes each one's answer. */
    void commit(List<Pending> group) {
        List<Object> outcomes = new ArrayList<>(group.size());
        RuntimeException[] first = new RuntimeException[1];
        try {
            transactions.executeWithoutResult(status -> {
                try {
                    for (Pending pending : group) {
                        Object outcome = run(pending);
                        outcomes.add(outcome);
                        if (outcome instanceof RuntimeException refused && status.isRollbackOnly()) {
                            throw new Doomed(outcomes.size() - 1, refused);
                        }
                    }
                } catch (RuntimeException failed) {
                    first[0] = failed;
                    throw failed;
                }
            });
        } catch (Doomed doomed) {
            // The refusal marked the whole transaction rollback-only (a participant beyond the savepoint did):
            // nothing of the group was committed, so the refused write is answered and the others run again.
            group.get(doomed.index).answer().completeExceptionally(doomed.refusal);
            List<Pending> rest = new ArrayList<>(group);
            rest.remove(doomed.index);
            if (!rest.isEmpty()) {
                commit(rest);
            }
            return;
        } catch (RuntimeException | Error failed) {
            // A rollback that fails too (connection lost) replaces the first failure, which names the cause.
            Throwable reported = first[0] != null ? first[0] : failed;
            if (reported != failed) {
                reported.addSuppressed(failed);
            }
            group.forEach(p -> p.answer().completeExceptionally(reported));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (outcomes.get(i) instanceof RuntimeException refused) {
                group.get(i).answer().completeExceptionally(refused);
            } else {
                group.get(i).answer().complete((ResponseEntity<?>) outcomes.get(i));
            }
        }
    }

    /** A refused write left the group's transaction rollback-only; carries which and why. */
    private static final class Doomed extends RuntimeException {
        private final int index;
        private final RuntimeException refusal;

        Doomed(int index, RuntimeException refusal) {
            super(null, null, false, false);
            this.index = index;
            this.refusal = refusal;
        }
    }

    /** One write behind its savepoint ({@link WriteSavepoint}): its answer, or the exception that refused it. */
    private Object run(Pending pending) {
        WriteSavepoint savepoint = WriteSavepoint.set(dataSource, entities);
        try {
            Object result = commands.sendAndWait(pending.write().command());
            ResponseEntity<?> answer = pending.write().answer().apply(result);
            if (pending.claim() != null) {
                answers.store(pending.claim(), answer);
            }
            savepoint.release();
            return answer;
        } catch (RuntimeException refused) {
            savepoint.rollback();
            return refused;
        }
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

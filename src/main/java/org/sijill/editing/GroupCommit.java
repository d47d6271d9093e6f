package org.sijill.editing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit of API writes. Every stored event takes the hash chain's lock until its transaction commits,
 * so writes that each commit alone queue behind one another (benchmark: most of a write's time was spent
 * waiting for that lock). Here the commands that arrive together are handled one after another in one
 * transaction, each in its own nested unit of work and behind its own savepoint: a command that is refused
 * is rolled back alone, its staged events and every row it wrote (read models, idempotency answers), and
 * its caller alone gets the refusal. If the group's commit fails, each of its commands is run again alone, so
 * no caller's write fails for another's. The read model is written in the same transaction (subscribing
 * projection), so a completed result means the write is readable.
 */
@Component
class GroupCommit implements SmartLifecycle {

    record Pending(Object command, CompletableFuture<Object> result) {

        static Pending of(Object command) {
            return new Pending(command, new CompletableFuture<>());
        }
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Savepoints savepoints;
    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final int maxGroup;
    private volatile Thread committer;

    GroupCommit(CommandGateway commands, TransactionManager transactions, Savepoints savepoints,
                WritesProperties properties) {
        this.savepoints = savepoints;
        this.commands = commands;
        this.transactions = transactions;
        this.maxGroup = properties.maxGroup();
    }

    /** Sends the command in the next group and returns its result, or throws what its handler threw. */
    Object send(Object command) {
        Pending pending = Pending.of(command);
        if (committer == null) {
            run(List.of(pending));
        } else {
            queue.add(pending);
            if (committer == null && queue.remove(pending)) {
                run(List.of(pending)); // stopped meanwhile, after its last drain of the queue
            }
        }
        try {
            return pending.result().get();
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

    /** Handles the commands in one transaction; completes every pending result. */
    void run(List<Pending> group) {
        if (group.size() == 1) {
            alone(group.get(0));
            return;
        }
        UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
        root.attachTransaction(transactions);
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Pending pending : group) {
                savepoints.set();
                try {
                    outcomes.add(commands.sendAndWait(pending.command()));
                    savepoints.release();
                } catch (RuntimeException refused) {
                    savepoints.rollback();
                    outcomes.add(refused);
                }
            }
            root.commit();
        } catch (RuntimeException failed) {
            if (root.isActive()) {
                root.rollback(failed);
            }
            group.forEach(this::alone);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome instanceof RuntimeException refused) {
                group.get(i).result().completeExceptionally(refused);
            } else {
                group.get(i).result().complete(outcome);
            }
        }
    }

    private void alone(Pending pending) {
        try {
            Object result = commands.sendAndWait(pending.command());
            pending.result().complete(result);
        } catch (RuntimeException refused) {
            pending.result().completeExceptionally(refused);
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            queue.drainTo(group, maxGroup - 1);
            try {
                run(group);
            } catch (RuntimeException | Error unexpected) {
                group.forEach(pending -> pending.result().completeExceptionally(unexpected));
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(this::alone);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::loop, "group-commit");
        thread.setDaemon(true);
        committer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = committer;
        committer = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return committer != null;
    }
}

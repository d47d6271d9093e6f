package org.sijill.editing;

import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One group of writes committed in one transaction ({@link TransactionTemplate}), each behind its own
 * savepoint ({@link WriteSavepoint}): its command is sent through the {@link CommandGateway} (Axon's unit of
 * work joins the transaction; the event store, the hash chain's trigger and the subscribing read models all
 * write in it), its answer is made from the handler's result and, for an Idempotency-Key, stored beside it.
 * <p>
 * Failure semantics: a refused write is rolled back to its savepoint alone and its caller alone gets the
 * refusal; if that refusal left the whole transaction rollback-only, nothing of the group was committed, so
 * the others run again in a new one. When the commit itself fails (the database lost mid-commit), every
 * caller gets that failure, answered as "may or may not be stored; retry with the same Idempotency-Key":
 * nothing is re-run, since a commit that failed in flight may have landed.
 * <p>
 * Relied on from Axon 4.13: {@code SpringTransactionManager} neither commits nor rolls back a transaction it
 * joined, so a refused command does not end the group's transaction ({@code WritePipelineIT} fails if that
 * changes).
 */
@Component
class WriteGroup {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WriteGroup.class);

    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final DataSource dataSource;
    private final IdempotentAnswers answers;

    WriteGroup(CommandGateway commands, PlatformTransactionManager transactionManager, EntityManager entities,
               DataSource dataSource, IdempotentAnswers answers) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entities = entities;
        this.dataSource = dataSource;
        this.answers = answers;
    }

    /** Runs the writes in one transaction and completes each one's answer. */
    void commit(List<WritePipeline.Pending> group) {
        List<Object> outcomes = new ArrayList<>(group.size());
        RuntimeException[] first = new RuntimeException[1];
        try {
            transactions.executeWithoutResult(status -> {
                try {
                    for (WritePipeline.Pending pending : group) {
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
            List<WritePipeline.Pending> rest = new ArrayList<WritePipeline.Pending>(group);
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
                ResponseEntity<?> answer = (ResponseEntity<?>) outcomes.get(i);
                log.info("Stored: {} -> {}", describe(group.get(i).write().command()), answer.getBody());
                group.get(i).answer().complete(answer);
            }
        }
    }

    /**
     * A command in one line: its name, its id (every command's first component) and its editor, without its content
     * (a source's text is a whole document).
     */
    static String describe(Object command) {
        if (!command.getClass().isRecord()) {
            return command.getClass().getSimpleName();
        }
        StringBuilder line = new StringBuilder(command.getClass().getSimpleName());
        try {
            var parts = command.getClass().getRecordComponents();
            line.append(' ').append(parts[0].getAccessor().invoke(command));
            for (var part : parts) {
                if (part.getName().equals("recordedBy")) {
                    line.append(" by ").append(part.getAccessor().invoke(command));
                }
            }
        } catch (ReflectiveOperationException e) {
            line.append(" (unreadable)");
        }
        return line.toString();
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
    private Object run(WritePipeline.Pending pending) {
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
}

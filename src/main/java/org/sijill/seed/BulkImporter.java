package org.sijill.seed;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.fact.FactLoader;
import org.sijill.fact.RecordFact;
import org.springframework.stereotype.Service;

import java.util.Iterator;
import java.util.function.LongConsumer;

/**
 * Imports many commands per transaction: each batch runs in one root unit of work, so its events are
 * stored with one batched insert when the batch commits, chained by the same trigger as any write.
 * New facts take {@link FactLoader}'s path (the same checks, no aggregate needed); every other command
 * goes through the command bus. A failing command rolls back its whole batch.
 */
@Service
public class BulkImporter {

    private final CommandGateway commands;
    private final FactLoader facts;
    private final TransactionManager transactions;

    BulkImporter(CommandGateway commands, FactLoader facts, TransactionManager transactions) {
        this.commands = commands;
        this.facts = facts;
        this.transactions = transactions;
    }

    /** Sends every command, {@code batchSize} per transaction; reports the running count after each batch. */
    public long send(Iterator<?> source, int batchSize, LongConsumer progress) {
        long sent = 0;
        while (source.hasNext()) {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            batch.attachTransaction(transactions);
            int inBatch = 0;
            try {
                while (inBatch < batchSize && source.hasNext()) {
                    Object command = source.next();
                    if (command instanceof RecordFact record) {
                        facts.record(record);
                    } else {
                        commands.sendAndWait(command);
                    }
                    inBatch++;
                }
                batch.commit();
            } catch (RuntimeException e) {
                if (batch.isActive()) {
                    batch.rollback(e);
                }
                throw e;
            }
            sent += inBatch;
            progress.accept(sent);
        }
        return sent;
    }
}

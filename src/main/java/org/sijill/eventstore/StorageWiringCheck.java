package org.sijill.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to run unless events and transactions live in PostgreSQL and every event processor is subscribing:
 * an in-memory store or a no-op transaction manager would lose work silently, a tracking processor would
 * silently answer reads from before the writes its callers were told had been made, and a handler whose
 * failure is only logged would let a write commit without its read-model rows.
 */
@Component
class StorageWiringCheck {

    private static final Logger log = LoggerFactory.getLogger(StorageWiringCheck.class);

    private final EventStorageEngine storageEngine;
    private final TransactionManager transactionManager;
    private final EventProcessingConfiguration processing;

    StorageWiringCheck(EventStorageEngine storageEngine, TransactionManager transactionManager,
                       EventProcessingConfiguration processing) {
        this.storageEngine = storageEngine;
        this.transactionManager = transactionManager;
        this.processing = processing;
    }

    @EventListener(ApplicationStartedEvent.class)
    void verify() {
        require(storageEngine instanceof JdbcEventStorageEngine, "event storage engine", storageEngine);
        require(transactionManager instanceof SpringTransactionManager, "transaction manager", transactionManager);
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof SubscribingEventProcessor)) {
                throw new IllegalStateException("Event processor " + name + " is " + processor.getClass().getSimpleName()
                        + ": every read model must be subscribing, written in the write's own transaction");
            }
            if (!(processing.listenerInvocationErrorHandler(name) instanceof PropagatingErrorHandler)) {
                throw new IllegalStateException("Event processor " + name + " would log a handler's failure and let "
                        + "the write commit without its read-model rows");
            }
        });
        log.info("Storage wiring verified: events and transactions in PostgreSQL, processors {} all subscribing",
                processing.eventProcessors().keySet());
    }

    private static void require(boolean condition, String what, Object actual) {
        if (!condition) {
            throw new IllegalStateException("Sijill requires PostgreSQL-backed storage, but the " + what
                    + " is " + actual.getClass().getName());
        }
    }
}

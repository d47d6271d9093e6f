package org.sijill.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to run unless events, tokens and transactions all live in PostgreSQL: an in-memory token
 * store or a no-op transaction manager would lose work silently.
 */
@Component
class StorageWiringCheck {

    private static final Logger log = LoggerFactory.getLogger(StorageWiringCheck.class);

    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final EventProcessingConfiguration processing;

    StorageWiringCheck(EventStorageEngine storageEngine, TokenStore tokenStore,
                       TransactionManager transactionManager, EventProcessingConfiguration processing) {
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.processing = processing;
    }

    @EventListener(ApplicationStartedEvent.class)
    void verify() {
        require(storageEngine instanceof JdbcEventStorageEngine, "event storage engine", storageEngine);
        require(tokenStore instanceof JdbcTokenStore, "token store", tokenStore);
        require(transactionManager instanceof SpringTransactionManager, "transaction manager", transactionManager);
        processing.eventProcessors().keySet().forEach(name -> {
            TokenStore store = processing.tokenStore(name);
            require(store instanceof JdbcTokenStore, "token store of processor " + name, store);
        });
        log.info("Storage wiring verified: events, tokens and transactions in PostgreSQL");
    }

    private static void require(boolean condition, String what, Object actual) {
        if (!condition) {
            throw new IllegalStateException("Sijill requires PostgreSQL-backed storage, but the " + what
                    + " is " + actual.getClass().getName());
        }
    }
}

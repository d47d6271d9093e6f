package org.sijill.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.sijill.shared.TokenCommits;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/** Axon's JDBC token store that tells {@link TokenCommits} listeners of tokens once they are committed. */
final class NotifyingTokenStore extends JdbcTokenStore {

    private final List<TokenCommits> listeners;

    NotifyingTokenStore(JdbcTokenStore.Builder builder, List<TokenCommits> listeners) {
        super(builder);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        super.storeToken(token, processorName, segment);
        Runnable tell = () -> listeners.forEach(listener -> listener.committed(processorName, segment, token));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell.run();
                }
            });
        } else {
            tell.run();
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        listeners.forEach(listener -> listener.released(processorName, segment));
        super.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        listeners.forEach(listener -> listener.released(processorName, segment));
        super.deleteToken(processorName, segment);
    }
}

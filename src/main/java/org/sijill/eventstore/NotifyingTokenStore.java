package org.sijill.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.sijill.shared.AfterCommit;
import org.sijill.shared.TokenCommits;

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
        AfterCommit.run(() -> listeners.forEach(listener -> listener.committed(processorName, segment, token)));
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

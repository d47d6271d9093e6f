package org.sijill.editing;

import org.sijill.record.ReadModelSync;
import org.sijill.web.ReadModelLagException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Sends a write's command (committed with the writes arriving with it) and answers only once every read
 * endpoint reflects it (read-your-writes). Failure semantics: an exception from {@link #send} means the
 * write was not committed; once it returns, the write is committed, and a failure while waiting for the
 * read model is reported as {@link ReadModelLagException} (stored, not yet readable), never as a refusal.
 */
@Component
class Writes {

    private final GroupCommit commands;
    private final ReadModelSync readModel;
    private final Duration readTimeout;

    Writes(GroupCommit commands, ReadModelSync readModel,
           @Value("${chronology.writes.read-timeout:PT30S}") Duration readTimeout) {
        this.commands = commands;
        this.readModel = readModel;
        this.readTimeout = readTimeout;
    }

    /** Request attribute: the store's head index once this request's write had committed. */
    private static final String COMMITTED_HEAD = Writes.class.getName() + ".committedHead";

    @SuppressWarnings("unchecked")
    <R> R send(Object command) {
        GroupCommit.Committed committed = commands.send(command);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(COMMITTED_HEAD, committed.headIndex(), RequestAttributes.SCOPE_REQUEST);
        }
        return (R) committed.result();
    }

    /**
     * Waits until the read model holds every event of the aggregate: up to the head after this request's
     * write, or, for an answer replayed without a write, up to the aggregate's last stored event.
     */
    void awaitReadable(String aggregateId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Long head = request == null ? null : (Long) request.getAttribute(COMMITTED_HEAD, RequestAttributes.SCOPE_REQUEST);
        try {
            readModel.awaitIndex(head != null && head >= 0 ? head : readModel.lastIndexOf(aggregateId), readTimeout);
        } catch (TimeoutException | RuntimeException e) {
            // The write is committed: whatever fails now, the caller must not be told that nothing was stored.
            throw new ReadModelLagException(aggregateId);
        }
    }
}

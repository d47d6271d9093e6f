package org.sijill.editing;

import org.sijill.record.ReadModelSync;
import org.sijill.web.ReadModelLagException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Sends a write's command (committed with the writes arriving with it) and answers only once every read
 * endpoint reflects it (read-your-writes). */
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

    <R> R send(Object command) {
        return commands.send(command);
    }

    /** Waits until the read model holds every event of the aggregate. */
    void awaitReadable(String aggregateId) {
        try {
            readModel.awaitIndex(readModel.lastIndexOf(aggregateId), readTimeout);
        } catch (TimeoutException e) {
            throw new ReadModelLagException(aggregateId);
        }
    }
}

package org.sijill.editing;

import org.springframework.stereotype.Component;



/**
 * Sends a write's command, committed with the writes arriving with it ({@link GroupCommit}). The read
 * model is written in the same transaction, so once {@link #send} returns every read endpoint reflects the
 * write (read-your-writes, with nothing to wait for). Failure semantics: an exception from {@link #send}
 * means the write was not committed, or, when the database was lost during the commit, that its outcome is
 * unknown (ApiErrors says so, and a retry with the same Idempotency-Key settles it exactly once).
 */
@Component
class Writes {

    private final GroupCommit commands;

    Writes(GroupCommit commands) {
        this.commands = commands;
    }

    @SuppressWarnings("unchecked")
    <R> R send(Object command) {
        return (R) commands.send(command);
    }
}

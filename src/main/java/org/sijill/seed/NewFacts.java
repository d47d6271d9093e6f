package org.sijill.seed;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.fact.FactLoader;
import org.sijill.fact.RecordFact;

/**
 * Consecutive new facts of a seed file, validated and staged by {@link FactLoader} in one unit of work and
 * stored with one batched insert (read model included) when flushed, inside the file's transaction. Flush
 * before sending any other command: a command sent meanwhile would be deferred to this unit's commit.
 */
final class NewFacts {

    static final int MAX_STAGED = 1000;

    private final FactLoader loader;
    private UnitOfWork<?> unit;
    private int staged;

    NewFacts(FactLoader loader) {
        this.loader = loader;
    }

    void add(RecordFact command) {
        if (unit == null) {
            unit = DefaultUnitOfWork.startAndGet(null);
        }
        loader.record(command);
        if (++staged >= MAX_STAGED) {
            flush();
        }
    }

    void flush() {
        if (unit != null) {
            UnitOfWork<?> staging = unit;
            unit = null;
            staged = 0;
            staging.commit();
        }
    }

    /** Drops what is staged; the file's transaction rolls back whatever was flushed. */
    void discard(RuntimeException cause) {
        if (unit != null && unit.isActive()) {
            unit.rollback(cause);
        }
        unit = null;
        staged = 0;
    }
}

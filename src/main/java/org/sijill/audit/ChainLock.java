package org.sijill.audit;

/** The hash chain's transaction-scoped advisory lock (V7 chain_lock()): held, no event can be stored. */
final class ChainLock {

    static final long KEY = 7461321;

    private ChainLock() {
    }
}

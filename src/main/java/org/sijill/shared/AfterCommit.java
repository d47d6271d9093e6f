package org.sijill.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs an action once the current transaction has committed, or at once when there is none. A write that
 * runs behind a savepoint marks where it started ({@link #mark}) and, when it is rolled back to its
 * savepoint, drops the actions it registered ({@link #discardSince}): a rolled-back write must leave no
 * cache believing that its rows exist. Spring's synchronizations cannot be unregistered, hence the one
 * synchronization per transaction holding the list.
 */
public final class AfterCommit {

    private static final Object KEY = AfterCommit.class;

    private AfterCommit() {
    }

    public static void run(Runnable action) {
        Actions actions = actions();
        if (actions == null) {
            action.run();
        } else {
            actions.list.add(action);
        }
    }

    /** How many actions the current transaction holds so far (0 without one). */
    public static int mark() {
        Actions actions = actions();
        return actions == null ? 0 : actions.list.size();
    }

    /** Drops the actions registered after {@code mark} in the current transaction. */
    public static void discardSince(int mark) {
        Actions actions = actions();
        if (actions != null && actions.list.size() > mark) {
            actions.list.subList(mark, actions.list.size()).clear();
        }
    }

    private static Actions actions() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Actions actions = (Actions) TransactionSynchronizationManager.getResource(KEY);
        if (actions == null) {
            actions = new Actions();
            TransactionSynchronizationManager.bindResource(KEY, actions);
            TransactionSynchronizationManager.registerSynchronization(actions);
        }
        return actions;
    }

    private static final class Actions implements TransactionSynchronization {
        private final List<Runnable> list = new ArrayList<>();

        @Override
        public void afterCommit() {
            list.forEach(Runnable::run);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}

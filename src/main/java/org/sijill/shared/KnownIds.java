package org.sijill.shared;


import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A cache of ids known to exist, for registries that never remove an entry: a positive answer stays
 * true forever. An id found inside a transaction is remembered only once that transaction commits.
 */
public final class KnownIds {

    private static final int MAX = 100_000;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public boolean exists(String id, Predicate<String> lookup) {
        if (id == null) {
            return false;
        }
        if (known.contains(id)) {
            return true;
        }
        boolean found = lookup.test(id);
        if (found) {
            remember(id);
        }
        return found;
    }

    private void remember(String id) {
        if (known.size() >= MAX) {
            return;
        }
        AfterCommit.run(() -> known.add(id));
    }
}

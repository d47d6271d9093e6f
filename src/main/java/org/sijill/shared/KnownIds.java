package org.sijill.shared;


import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Predicate;

/**
 * A cache of ids known to exist, for registries that never remove an entry: a positive answer stays
 * true forever. An id found inside a transaction is remembered only once that transaction commits; at most
 * {@value #MAX} ids are kept (Caffeine evicts the least used).
 */
public final class KnownIds {

    private static final int MAX = 100_000;

    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(MAX).build();

    public boolean exists(String id, Predicate<String> lookup) {
        if (id == null) {
            return false;
        }
        if (known.getIfPresent(id) != null) {
            return true;
        }
        boolean found = lookup.test(id);
        if (found) {
            remember(id);
        }
        return found;
    }

    private void remember(String id) {
        AfterCommit.run(() -> known.put(id, Boolean.TRUE));
    }
}

package org.sijill.presence;

import org.sijill.fact.SubjectType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The presence subjects an answer is limited to (CONTRACT.md presence filters), by type; empty: every subject. */
public record SubjectFilter(Map<SubjectType, List<String>> ids) {

    public static final SubjectFilter ALL = new SubjectFilter(Map.of());

    public SubjectFilter {
        Map<SubjectType, List<String>> copy = new EnumMap<>(SubjectType.class);
        ids.forEach((type, list) -> {
            if (list != null && !list.isEmpty()) {
                copy.put(type, List.copyOf(list));
            }
        });
        ids = java.util.Collections.unmodifiableMap(copy);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Subject keys as {@link Claim#key()} forms them. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        ids.forEach((type, list) -> list.forEach(id -> keys.add(type + "/" + id)));
        return keys;
    }
}

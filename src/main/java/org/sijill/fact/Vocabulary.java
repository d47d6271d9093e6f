package org.sijill.fact;

import java.util.Set;

/** The closed value sets of CONTRACT.md for the structured kinds. */
public final class Vocabulary {

    public static final Set<String> FORCES = Set.of("US", "COALITION_NON_US", "COALITION_TOTAL");
    public static final Set<String> QUALIFIERS = Set.of("EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST");
    public static final Set<String> DIRECTIONS = Set.of("WITHDRAWN", "DEPLOYED");
    public static final Set<String> SCOPES = Set.of("IRAQ", "KURDISTAN", "SYRIA_FROM_IRAQ");
    public static final Set<String> PHASES = Set.of("COMBAT", "ADVISE_ASSIST_ENABLE", "ENDED");
    public static final Set<String> BASE_STATUSES = Set.of("COALITION_PRESENT", "HANDED_OVER", "CLOSED");
    public static final Set<String> AGREEMENT_STATUSES = Set.of("SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED");

    private Vocabulary() {
    }
}

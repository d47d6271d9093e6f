package org.sijill.fact;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * TROOP_MOVEMENT: soldiers of a force withdrawn or deployed, with the bases named. Not a claim about the level
 * (a movement says nothing of how many remain); further fields are free.
 */
public record TroopMovement(@Words("force") String force, @Words("direction") String direction, Long count,
                            @Registered(Reference.BASE) @Nullable String baseId,
                            @Registered(Reference.BASE) @Nullable List<String> bases,
                            @Registered(Reference.BASE) @Nullable List<String> fromBases,
                            @Registered(Reference.BASE) @Nullable String toBase) implements KindData {
}

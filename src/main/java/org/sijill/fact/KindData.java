package org.sijill.fact;

import org.sijill.shared.Violation;

import java.util.List;

/**
 * A fact's data as its kind declares it: one record per kind, registered on its {@link FactKind}. The record's
 * components are the kind's declared fields ({@link KindSchema} reads them: a {@link Words} component takes a
 * word of a closed set, a {@code Long} a whole count, a {@link Registered} text or list the ids of registry
 * entries, a {@link When} a date with its precision; a component not marked {@code @Nullable} is required).
 *
 * <p>The event keeps the JSON object the editor sent, verbatim: stored payloads are hashed into the chain, so
 * they are never re-serialised and need no upcaster, and the free fields a kind does not declare (a
 * statement's speaker, a round's place) stay as written. The record is read from that object once its
 * fields' forms have been checked, which is what lets a write's every violation be named in one answer.
 */
public sealed interface KindData permits ClaimData, TroopMovement, Narrative {

    /** Rules across fields (a range around its count, a plan's announcement); each field's form is already checked. */
    default void check(List<Violation> out, When when) {
    }
}

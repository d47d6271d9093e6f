package org.sijill.fact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Replace parts of a fact, against the version the editor saw, for a stated reason. */
public record CorrectFact(@TargetAggregateIdentifier String factId, long expectedVersion, String reason,
                          FactCorrection correction, String recordedBy, Instant recordedAt) {
}

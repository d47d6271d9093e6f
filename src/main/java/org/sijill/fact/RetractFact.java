package org.sijill.fact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Withdraw a fact from every answer from now on, keeping its history, for a stated reason. */
public record RetractFact(@TargetAggregateIdentifier String factId, long expectedVersion, String reason,
                          String recordedBy, Instant recordedAt) {
}

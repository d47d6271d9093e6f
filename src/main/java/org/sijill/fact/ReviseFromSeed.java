package org.sijill.fact;

import org.jspecify.annotations.Nullable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Bring a fact that the seed importer recorded in line with the curated chronology: correct it to
 * {@code content}, or retract it when {@code content} is null, for a stated reason. It applies only
 * while the fact's latest version is the importer's own ({@code recordedBy}) and still active: a
 * change an editor made since always wins over a later seed. Answers the reason recorded, or null when nothing was. A correction
 * names the parts that changed after its reason, or as its reason when none is given.
 */
public record ReviseFromSeed(@TargetAggregateIdentifier String factId, @Nullable FactContent content, @Nullable String reason,
                             String recordedBy, Instant recordedAt) {
}

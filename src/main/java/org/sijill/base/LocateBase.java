package org.sijill.base;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Say where a registered base is: its province, its point ({@code null}: none) and, where no point is given,
 * why ({@code locationNote}). Replaces what was said before. With {@code onlyOver} set (the seed importer) it
 * changes nothing once someone else has located the base: an editor's later word wins. Answers the change's
 * description, or null when nothing changed.
 */
public record LocateBase(@TargetAggregateIdentifier String baseId, @Nullable String province, @Nullable BaseLocation location,
                         @Nullable String locationNote, @Nullable String onlyOver, String recordedBy,
                         Instant recordedAt) {
}

package org.sijill.source;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Keep a registered source's text (UTF-8, lines as the document has them); answers {@link SourceText.Stored}. */
public record StoreSourceText(@TargetAggregateIdentifier String sourceId, String text, String recordedBy,
                              Instant recordedAt) {
}

package org.sijill.fact;

/** A citation: the registered source and where in it (page, paragraph, heading) the claim stands. */
public record SourceRef(String sourceId, String locator) {
}

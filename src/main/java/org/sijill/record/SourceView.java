package org.sijill.record;

/** A citation as clients see it: the registered document and where in it. */
public record SourceView(String sourceId, String title, String publisher, @org.jspecify.annotations.Nullable String published,
                         String locator) {
}

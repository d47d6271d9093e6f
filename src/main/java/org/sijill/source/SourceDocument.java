package org.sijill.source;

/** A registered source as clients see it. */
public record SourceDocument(String sourceId, String title, String publisher, String published, String language,
                             String seedFile) {

    static SourceDocument of(SourceEntry entry) {
        return new SourceDocument(entry.getSourceId(), entry.getTitle(), entry.getPublisher(), entry.getPublished(),
                entry.getLanguage(), entry.getSeedFile());
    }
}

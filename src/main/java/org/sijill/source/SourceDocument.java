package org.sijill.source;

/** A registered source as clients see it. */
public record SourceDocument(String sourceId, String title, String publisher, String published, String language,
                             String seedFile) implements org.sijill.web.CsvRow {

    @Override
    public java.util.List<String> csvColumns() {
        return java.util.List.of("sourceId", "title", "publisher", "published", "language", "seedFile");
    }

    @Override
    public java.util.List<Object> csvValues() {
        return java.util.Arrays.asList(sourceId, title, publisher, published, language, seedFile);
    }

    static SourceDocument of(SourceEntry entry) {
        return new SourceDocument(entry.getSourceId(), entry.getTitle(), entry.getPublisher(), entry.getPublished(),
                entry.getLanguage(), entry.getSeedFile());
    }
}

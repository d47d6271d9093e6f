package org.sijill.source;

/**
 * A registered source as clients see it; {@code textSha256} and {@code lines} once its text is stored (the text itself
 * is at {@code GET /sources/{id}/text} for signed-in users).
 */
public record SourceDocument(String sourceId, String title, String publisher,
                             @org.jspecify.annotations.Nullable String published, String language,
                             @org.jspecify.annotations.Nullable String seedFile,
                             @com.fasterxml.jackson.annotation.JsonInclude(
                                     com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             @org.jspecify.annotations.Nullable String textSha256,
                             @com.fasterxml.jackson.annotation.JsonInclude(
                                     com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             @org.jspecify.annotations.Nullable Integer lines) implements org.sijill.web.CsvRow {

    @Override
    public java.util.List<String> csvColumns() {
        return java.util.List.of("sourceId", "title", "publisher", "published", "language", "seedFile", "textSha256",
                "lines");
    }

    @Override
    public java.util.List<Object> csvValues() {
        return java.util.Arrays.asList(sourceId, title, publisher, published, language, seedFile, textSha256, lines);
    }

    static SourceDocument of(SourceEntry entry) {
        return new SourceDocument(entry.getSourceId(), entry.getTitle(), entry.getPublisher(), entry.getPublished(),
                entry.getLanguage(), entry.getSeedFile(), entry.getTextSha256(), entry.getTextLines());
    }
}

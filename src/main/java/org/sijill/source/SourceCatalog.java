package org.sijill.source;

import org.sijill.shared.KnownIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may ask about registered sources. */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

    private final SourceRepository sources;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final KnownIds known = new KnownIds();
    /** Split texts by SHA-256: a text is read and split once, whatever the number of writes citing it. */
    private final java.util.Map<String, SourceText> texts = new java.util.concurrent.ConcurrentHashMap<>();

    SourceCatalog(SourceRepository sources, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /** The source's stored text, if it has one (read in the caller's transaction, so a text just stored counts). */
    public Optional<SourceText> text(String sourceId) {
        Optional<String> sha = sources.findById(sourceId).map(SourceEntry::getTextSha256);
        if (sha.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.computeIfAbsent(sha.get(), h -> SourceText.of(jdbc.sql(
                "SELECT text FROM source_text WHERE source_id = ?").param(sourceId).query(String.class).single())));
    }

    public boolean exists(String sourceId) {
        return known.exists(sourceId, sources::existsById);
    }

    public Optional<SourceEntry> find(String sourceId) {
        return sources.findById(sourceId);
    }

    public List<SourceEntry> all() {
        return sources.findAll(org.springframework.data.domain.Sort.by("sourceId"));
    }

    public long count() {
        return sources.count();
    }
}

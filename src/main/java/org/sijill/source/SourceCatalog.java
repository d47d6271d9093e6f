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
    /** Split texts by SHA-256 (a few documents at a time): a text is read and split once, whatever the writes citing it. */
    private final com.github.benmanes.caffeine.cache.Cache<String, SourceText> texts =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(16).build();

    SourceCatalog(SourceRepository sources, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /**
     * A token that changes whenever the {@code source} table's rows may have: a registration adds a row, a stored
     * text rewrites one, and a replay's swap brings a table of rows written by another transaction. It is the row
     * count and the newest row version (xmin); two reads with the same token saw the same rows. Asked before every
     * answer, so it joins the caller's transaction when there is one and opens none otherwise.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public String registryVersion() {
        return jdbc.sql("SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM source")
                .query(String.class).single();
    }

    /** The source's stored text, if it has one (read in the caller's transaction, so a text just stored counts). */
    public Optional<SourceText> text(String sourceId) {
        Optional<String> sha = sources.findById(sourceId).map(SourceEntry::getTextSha256);
        if (sha.isEmpty()) {
            return Optional.empty();
        }
        SourceText cached = texts.getIfPresent(sha.get());
        if (cached != null) {
            return Optional.of(cached);
        }
        // Hash and text in one statement, cached under the text's own hash: a text stored meanwhile cannot pair one
        // text's hash with another's lines.
        Optional<String> text = jdbc.sql("SELECT t.text FROM source s JOIN source_text t ON t.source_id = s.source_id"
                + " WHERE s.source_id = ?").param(sourceId).query(String.class).optional();
        return text.map(SourceText::of).map(read -> {
            texts.put(read.sha256(), read);
            return read;
        });
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

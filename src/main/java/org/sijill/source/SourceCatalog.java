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
    private final KnownIds known = new KnownIds();

    SourceCatalog(SourceRepository sources) {
        this.sources = sources;
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

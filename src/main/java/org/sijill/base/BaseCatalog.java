package org.sijill.base;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may ask about registered bases. */
@Service
@Transactional(readOnly = true)
public class BaseCatalog {

    private final BaseRepository bases;

    BaseCatalog(BaseRepository bases) {
        this.bases = bases;
    }

    public boolean exists(String baseId) {
        return bases.existsById(baseId);
    }

    public Optional<BaseEntry> find(String baseId) {
        return bases.findById(baseId);
    }

    public List<BaseEntry> all() {
        return bases.findAll(Sort.by("baseId"));
    }
}

package org.sijill.base;

import org.sijill.shared.SearchText;
import org.sijill.shared.KnownIds;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What other features may ask about registered bases. */
@Service
@Transactional(readOnly = true)
public class BaseCatalog {

    private final BaseRepository bases;
    private final KnownIds known = new KnownIds();

    BaseCatalog(BaseRepository bases) {
        this.bases = bases;
    }

    public boolean exists(String baseId) {
        return known.exists(baseId, bases::existsById);
    }

    public Optional<BaseEntry> find(String baseId) {
        return bases.findById(baseId);
    }

    public List<BaseEntry> all() {
        return bases.findAll(Sort.by("baseId"));
    }

    /** Bases whose names or aliases contain q after {@link SearchText} folding; all bases without q. */
    public List<BaseEntry> search(String q) {
        String wanted = SearchText.normalize(q);
        if (wanted.isEmpty()) {
            return all();
        }
        return all().stream().filter(base -> Stream.concat(Stream.of(base.getNameEn(), base.getNameAr(),
                        base.getBaseId()), base.getAliases().stream())
                .anyMatch(name -> SearchText.normalize(name).contains(wanted))).toList();
    }
}

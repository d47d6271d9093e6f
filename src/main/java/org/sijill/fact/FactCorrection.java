package org.sijill.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/** The parts of a fact an editor corrects; a null part stays as it was. The kind never changes. */
public record FactCorrection(When when, Map<String, Object> data, List<SourceRef> sources, String summaryEn,
                             @Nullable String summaryAr, Rank rank) {

    @JsonCreator
    public FactCorrection {
    }

    /** A correction that leaves the Arabic summary as it was. */
    public FactCorrection(When when, Map<String, Object> data, List<SourceRef> sources, String summaryEn, Rank rank) {
        this(when, data, sources, summaryEn, null, rank);
    }

    public FactContent applyTo(FactContent current) {
        return new FactContent(current.kind(),
                when != null ? when : current.when(),
                data != null ? data : current.data(),
                sources != null ? sources : current.sources(),
                summaryEn != null ? summaryEn : current.summaryEn(),
                summaryAr != null ? summaryAr : current.summaryAr(),
                rank != null ? rank : current.rank());
    }
}

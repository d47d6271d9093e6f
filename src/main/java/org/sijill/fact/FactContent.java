package org.sijill.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Everything a fact claims, as one version states it. {@code summaryAr} is the Arabic summary (CONTRACT.md
 * "Shapes"): every fact of the bundled chronology has one, a write may leave it out, and events stored before it
 * existed read as null (no upcaster: a missing property is a null component).
 */
public record FactContent(FactKind kind, When when, Map<String, Object> data, List<SourceRef> sources,
                          String summaryEn, @Nullable String summaryAr, Rank rank) {

    @JsonCreator
    public FactContent {
    }

    /** Content without an Arabic summary. */
    public FactContent(FactKind kind, When when, Map<String, Object> data, List<SourceRef> sources, String summaryEn,
                       Rank rank) {
        this(kind, when, data, sources, summaryEn, null, rank);
    }

    /** The names of the parts (when, data, sources, summaryEn, summaryAr, rank) that differ in {@code other}. */
    public List<String> partsChangedIn(FactContent other) {
        List<String> parts = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(when, other.when)) parts.add("when");
        if (!java.util.Objects.equals(data, other.data)) parts.add("data");
        if (!java.util.Objects.equals(sources, other.sources)) parts.add("sources");
        if (!java.util.Objects.equals(summaryEn, other.summaryEn)) parts.add("summaryEn");
        if (!java.util.Objects.equals(summaryAr, other.summaryAr)) parts.add("summaryAr");
        if (!java.util.Objects.equals(rank, other.rank)) parts.add("rank");
        return parts;
    }

    /** What breaks the content rules every version of a fact must satisfy, all at once; empty when none. */
    public java.util.List<org.sijill.shared.Violation> problems() {
        return FactRules.check(this);
    }

    /** The data as its kind's record; only for content that passed {@link FactRules} (every stored version has). */
    public KindData typed() {
        return kind.schema().read(data);
    }
}

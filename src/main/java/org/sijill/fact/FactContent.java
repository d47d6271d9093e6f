package org.sijill.fact;

import java.util.List;
import java.util.Map;

/** Everything a fact claims, as one version states it. */
public record FactContent(FactKind kind, When when, Map<String, Object> data, List<SourceRef> sources,
                          String summaryEn, Rank rank) {

    /** What breaks the content rules every version of a fact must satisfy, all at once; empty when none. */
    public java.util.List<org.sijill.shared.Violation> problems() {
        return FactRules.check(this);
    }

    /** The data as its kind's record; only for content that passed {@link FactRules} (every stored version has). */
    public KindData typed() {
        return kind.schema().read(data);
    }
}

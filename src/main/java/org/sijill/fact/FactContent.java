package org.sijill.fact;

import java.util.List;
import java.util.Map;

/** Everything a fact claims, as one version states it. */
public record FactContent(FactKind kind, When when, Map<String, Object> data, List<SourceRef> sources,
                          String summaryEn, Rank rank) {
}

package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version of a fact (CONTRACT.md "fact"); recordedAt and recordedBy are this version's. */
public record FactView(String factId, int version, String kind, When when, String summaryEn,
                       Map<String, Object> data, List<SourceView> sources, String rank, String status,
                       Instant recordedAt, String recordedBy) {
}

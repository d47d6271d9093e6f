package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One version in a fact's history: how it changed, why, when and by whom, and what it then said. */
public record HistoryEntry(int version, String change, String reason, Instant recordedAt, String recordedBy,
                           String kind, When when, String summaryEn, Map<String, Object> data,
                           List<SourceView> sources, String rank, String status) {
}

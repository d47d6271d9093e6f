package org.sijill.presence;

import org.sijill.record.FactView;
import java.util.List;

/**
 * A base's timeline: its status segments by the presence rule (as {@code GET /presence/series?baseId=}
 * gives them), and a page of the facts about it in valid-time order ({@code items} … {@code total}).
 */
public record BaseTimeline(String baseId, List<Series.Segment> segments, List<FactView> items, int page, int size,
                           long total) implements org.sijill.web.CsvTable {

    /** As CSV: the page of facts (the status segments are /presence/series?baseId= as CSV). */
    @Override
    public List<String> csvColumns() {
        return FactView.CSV_COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().map(FactView::csvValues).toList();
    }
}

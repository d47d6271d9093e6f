package org.sijill.record;

import java.util.List;

/**
 * A base's timeline: its status segments by the presence rule (as {@code GET /presence/series?baseId=}
 * gives them), and a page of the facts about it in valid-time order ({@code items} … {@code total}).
 */
public record BaseTimeline(String baseId, List<Series.Segment> segments, List<FactView> items, int page, int size,
                           long total) {
}

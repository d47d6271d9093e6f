package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One subject's history (CONTRACT.md GET /presence/series): consecutive segments, each the longest
 * run of days decided by the same claim, {@code to} being the segment's last day; days with no value
 * are in no segment. {@code planned} lists the subject's PLANNED claims known at {@code asKnownAt}.
 */
public record Series(String subjectType, String subjectId, String nameEn, String nameAr, LocalDate from,
                     LocalDate to, Instant asKnownAt, List<Segment> segments, List<ClaimView> planned) {

    public record Segment(LocalDate from, LocalDate to, String value, Long count, Long low, Long high, String basis,
                          When when, String factId, int version, List<SourceView> sources,
                          List<ClaimView> alternatives) {

        static Segment of(ClaimRule.Run run) {
            Claim c = run.deciding();
            return new Segment(run.from(), run.to(), c.value(), c.count(), c.low(), c.high(), c.basis(), c.when(),
                    c.factId(), c.version(), c.sources(), run.alternatives().stream().map(ClaimView::of).toList());
        }
    }
}

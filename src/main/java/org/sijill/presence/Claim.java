package org.sijill.presence;

import org.sijill.record.SourceView;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One candidate answer for a presence subject, as read from fact_version. */
record Claim(String subjectType, String subjectId, String value, Long count, Long low, Long high, String qualifier,
             String basis, boolean inferred, When when, When announced, boolean inTransition, String factId, int version, List<SourceView> sources,
             String rank, int fineness, Instant recordedAt, String nameEn, String nameAr, String province) {

    /**
     * The tie order of CONTRACT.md "Which claim answers": PREFERRED first, then finer precision, then the later record,
     * then the fact id in code-point order. {@link SqlClaims}' ORDER BY says the same; the two must agree.
     */
    static final Comparator<Claim> TIES = Comparator.comparing((Claim c) -> !"PREFERRED".equals(c.rank()))
            .thenComparing(Claim::fineness, Comparator.reverseOrder())
            .thenComparing(Claim::recordedAt, Comparator.reverseOrder())
            .thenComparing(Claim::factId);

    /** Start, then {@link #TIES}: the order of one subject's claims. */
    static final Comparator<Claim> START_THEN_TIES = Comparator.comparing(Claim::start).thenComparing(TIES);

    String key() {
        return subjectType + "/" + subjectId;
    }

    LocalDate start() {
        return when.start();
    }

    /** The first day the claim no longer holds: the end of its span; null for a claim without until. */
    LocalDate stops() {
        return when.until() == null ? null : when.end();
    }

    boolean holdsOn(LocalDate day) {
        return !day.isBefore(start()) && (stops() == null || day.isBefore(stops()));
    }
}

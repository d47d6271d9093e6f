package org.sijill.presence;

import org.sijill.record.SourceView;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.sijill.fact.When;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim about one subject as presence lists it outside the four answer lists: under {@code lapsed}
 * (with {@code heldUntil}, the last day it held), under {@code planned} (with {@code announced} and
 * {@code due}), or as an alternative of a series segment. Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(String subjectType, String subjectId, @org.jspecify.annotations.Nullable String nameEn, @org.jspecify.annotations.Nullable String nameAr,
                        @org.jspecify.annotations.Nullable String value, @org.jspecify.annotations.Nullable Long count, @org.jspecify.annotations.Nullable Long low, @org.jspecify.annotations.Nullable Long high,
                        @org.jspecify.annotations.Nullable String qualifier, String basis, Boolean inferred, When when,
                        @org.jspecify.annotations.Nullable LocalDate heldUntil, @org.jspecify.annotations.Nullable When announced, @org.jspecify.annotations.Nullable Boolean due, String factId, int version, List<SourceView> sources) {

    static ClaimView of(Claim c) {
        return new ClaimView(c.subjectType(), c.subjectId(), c.nameEn(), c.nameAr(), c.value(), c.count(), c.low(),
                c.high(), c.qualifier(), c.basis(), c.inferred(), c.when(), null, null, null, c.factId(), c.version(), c.sources());
    }

    static ClaimView lapsed(Claim c) {
        return new ClaimView(c.subjectType(), c.subjectId(), c.nameEn(), c.nameAr(), c.value(), c.count(), c.low(),
                c.high(), c.qualifier(), c.basis(), c.inferred(), c.when(), c.stops().minusDays(1), null, null, c.factId(), c.version(),
                c.sources());
    }

    static ClaimView planned(Claim c, LocalDate on) {
        return new ClaimView(c.subjectType(), c.subjectId(), c.nameEn(), c.nameAr(), c.value(), c.count(), c.low(),
                c.high(), c.qualifier(), c.basis(), c.inferred(), c.when(), null, c.announced(), !on.isBefore(c.start()), c.factId(), c.version(),
                c.sources());
    }
}

package org.sijill.fact;

import org.sijill.shared.Checks;
import org.sijill.shared.Period;
import org.sijill.shared.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The content rules every version of a fact must satisfy, checked in the command path without I/O.
 * Whether referenced sources, bases and agreements exist is checked by {@link FactReferenceCheck}.
 */
final class FactRules {

    static final int MAX_SOURCES = 20;
    static final int MAX_DATA_FIELDS = 40;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_LOCATOR = 500;

    private FactRules() {
    }

    static List<Violation> check(FactContent content) {
        List<Violation> out = new ArrayList<>();
        if (content == null) {
            out.add(new Violation("", "a fact is required"));
            return out;
        }
        if (content.kind() == null) {
            out.add(new Violation("kind", "is required"));
        }
        checkWhen(out, content.when());
        checkSources(out, content.sources());
        Checks.text(out, "summaryEn", content.summaryEn(), MAX_SUMMARY, true);
        Checks.text(out, "summaryAr", content.summaryAr(), MAX_SUMMARY, false);
        if (content.rank() == null) {
            out.add(new Violation("rank", "is required"));
        }
        if (content.data() == null) {
            out.add(new Violation("data", "is required"));
        } else if (content.data().size() > MAX_DATA_FIELDS) {
            out.add(new Violation("data", "must have at most " + MAX_DATA_FIELDS + " fields"));
        } else {
            DataRules.check(out, content.data());
            if (content.kind() != null) {
                content.kind().schema().check(out, content.data(), content.when());
            }
        }
        return out;
    }

    private static void checkWhen(List<Violation> out, When when) {
        if (when == null) {
            out.add(new Violation("when", "is required"));
            return;
        }
        if (when.precision() == null) {
            out.add(new Violation("when.precision", "is required: DAY, MONTH or YEAR"));
            return;
        }
        Optional<LocalDate> start = when.precision().parse(when.date());
        if (start.isEmpty()) {
            out.add(new Violation("when.date", "must be a real date of the form " + form(when.precision())));
        } else if (!Period.contains(start.get())) {
            out.add(new Violation("when.date", Period.describe()));
        }
        if (when.until() != null) {
            Optional<LocalDate> until = when.precision().parse(when.until());
            if (until.isEmpty()) {
                out.add(new Violation("when.until", "must be a real date of the form " + form(when.precision())));
            } else if (!Period.contains(until.get())) {
                out.add(new Violation("when.until", Period.describe()));
            } else if (start.isPresent() && !until.get().isAfter(start.get())) {
                out.add(new Violation("when.until", "must be after when.date"));
            }
        }
    }

    private static String form(Precision precision) {
        return switch (precision) {
            case DAY -> "YYYY-MM-DD";
            case MONTH -> "YYYY-MM";
            case YEAR -> "YYYY";
        };
    }

    private static void checkSources(List<Violation> out, List<SourceRef> sources) {
        if (sources == null || sources.isEmpty()) {
            out.add(new Violation("sources", "at least one source is required"));
            return;
        }
        if (sources.size() > MAX_SOURCES) {
            out.add(new Violation("sources", "at most " + MAX_SOURCES + " sources"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceRef ref = sources.get(i);
            String field = "sources[" + i + "]";
            if (ref == null) {
                out.add(new Violation(field, "must not be null"));
                continue;
            }
            Checks.id(out, field + ".sourceId", ref.sourceId());
            Checks.text(out, field + ".locator", ref.locator(), MAX_LOCATOR, true);
            if (ref.sourceId() != null && ref.locator() != null && !seen.add(ref.sourceId() + "\u0000" + ref.locator())) {
                out.add(new Violation(field, "cites the same passage twice"));
            }
        }
    }

}

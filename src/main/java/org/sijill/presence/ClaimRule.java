package org.sijill.presence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of CONTRACT.md "Which claim answers", in one place for presence, diff, series and base
 * timelines. Candidates arrive already limited to claims known at T, active, not DEPRECATED and not
 * PLANNED, in tie order (PREFERRED first, finer precision, later record): the SQL does that part.
 */
final class ClaimRule {

    private ClaimRule() {
    }

    /**
     * The subject on a date, from the candidates of the latest start on or before it: the deciding
     * claim and its alternatives, and whether the deciding claim still holds (otherwise: lapsed).
     */
    record Decision(Claim deciding, List<Claim> alternatives, boolean holds) {

        static Decision on(LocalDate day, List<Claim> latestStart) {
            Claim deciding = latestStart.get(0);
            return new Decision(deciding, latestStart.subList(1, latestStart.size()), deciding.holdsOn(day));
        }
    }

    /**
     * A plan announced by the date is listed unless it is met or passed (CONTRACT.md rule 6). It is met when the
     * deciding claim holds on the date with the planned value (the count for troops, the phase or status
     * otherwise) and started on or after the plan's announcement; passed when the deciding claim started after
     * the plan's date.
     */
    static boolean pending(Claim plan, Decision decision) {
        if (decision == null) {
            return true;
        }
        Claim deciding = decision.deciding();
        boolean passed = deciding.start().isAfter(plan.start());
        boolean sameValue = plan.count() != null ? plan.count().equals(deciding.count())
                : plan.value() != null && plan.value().equals(deciding.value());
        boolean afterAnnouncement = plan.announced() == null || !deciding.start().isBefore(plan.announced().start());
        boolean met = decision.holds() && sameValue && afterAnnouncement;
        return !met && !passed;
    }

    /** One run of days decided by the same claim; {@code to} is the last day of the run. */
    record Run(LocalDate from, LocalDate to, Claim deciding, List<Claim> alternatives) {
    }

    /**
     * The runs of one subject's claims (in start order, ties in tie order) within [from, to]: each
     * start decides until the next start, a span at most to its end; days after a span has ended and
     * before the next start have no run.
     */
    static List<Run> runs(List<Claim> claims, LocalDate from, LocalDate to) {
        List<List<Claim>> groups = new ArrayList<>();
        for (Claim claim : claims) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).get(0).start().equals(claim.start())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(claim);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Claim deciding = groups.get(i).get(0);
            LocalDate end = i + 1 < groups.size() ? groups.get(i + 1).get(0).start() : to.plusDays(1);
            if (deciding.stops() != null && deciding.stops().isBefore(end)) {
                end = deciding.stops();
            }
            LocalDate first = deciding.start().isBefore(from) ? from : deciding.start();
            LocalDate last = end.minusDays(1).isAfter(to) ? to : end.minusDays(1);
            if (!last.isBefore(first)) {
                List<Claim> group = groups.get(i);
                runs.add(new Run(first, last, deciding, group.subList(1, group.size())));
            }
        }
        return runs;
    }
}

package org.sijill.audit;

import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.ReadModel;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Proves that every read model shows every stored event it keeps: for each registered {@link ReadModel}, the
 * stored events up to the head whose rows are missing from its tables (the first 100). The read models are
 * written in the writes' own transactions, so there is no lag to report: a missing row is a fault.
 */
@Service
public class Reconciliation {

    public record ProjectionCheck(String name, List<Long> missing) {
    }

    public record Report(boolean consistent, long head, List<ProjectionCheck> projections) {
    }

    private final EventLog events;
    private final List<ReadModel> models;

    Reconciliation(EventLog events, List<ReadModel> models) {
        this.events = events;
        this.models = List.copyOf(models);
    }

    public Report check() {
        long head = events.head();
        List<ProjectionCheck> checks = models.stream()
                .map(model -> new ProjectionCheck(model.name(), model.missing(head))).toList();
        return new Report(checks.stream().allMatch(c -> c.missing().isEmpty()), head, checks);
    }
}

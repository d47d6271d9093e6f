package org.sijill.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.shared.NotFoundException;
import org.sijill.web.Params;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.sijill.web.InstantParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** Facts, their histories and the timeline, as known at any instant. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Facts", description = "Recorded facts, their versions, and the timeline")
class FactReadController {


    private final FactQueries facts;
    private final Clock clock;

    FactReadController(FactQueries facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @GetMapping("/facts")
    @Operation(summary = "Facts matching every given filter, as known at asKnownAt (default now)",
            description = "from/to filter on the fact's valid time (overlap). q matches summaries, data values and "
                    + "the names of the bases and agreements a fact names, in English or Arabic (hamza, alef forms, "
                    + "ta marbuta and diacritics folded). sort: when (default), -when, recordedAt, -recordedAt, factId. "
                    + "Retracted facts are left out unless includeRetracted=true.")
    PageOf<FactView> list(@Valid @ParameterObject FactQuery query) {
        return facts.search(query.filter(clock.instant()), order(query.sort()), Params.page(query.page()),
                Params.size(query.size()));
    }

    @GetMapping("/facts/{factId}")
    @Operation(summary = "A fact as known at asKnownAt (default now), retracted or not")
    FactView one(@Parameter(example = "n004-k1-handover-2020-03") @PathVariable String factId,
                 @RequestParam(required = false) @InstantParam String asKnownAt) {
        return facts.current(factId, Params.instant("asKnownAt", asKnownAt, clock.instant()))
                .orElseThrow(() -> new NotFoundException("fact", factId));
    }

    @GetMapping("/facts/{factId}/history")
    @Operation(summary = "Every version of a fact, oldest first, with change, reason, recordedAt and recordedBy")
    List<HistoryEntry> history(@Parameter(example = "n004-k1-handover-2020-03") @PathVariable String factId) {
        List<HistoryEntry> history = facts.history(factId);
        if (history.isEmpty()) {
            throw new NotFoundException("fact", factId);
        }
        return history;
    }

    @GetMapping("/timeline")
    @Operation(summary = "Active facts in valid-time order, as known at asKnownAt (default now)")
    PageOf<FactView> timeline(@Valid @ParameterObject TimelineQuery query) {
        return facts.search(query.filter(clock.instant()), FactOrder.WHEN, Params.page(query.page()),
                Params.size(query.size()));
    }

    static FactOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return FactOrder.WHEN;
        }
        FactOrder order = FactOrder.parse(sort);
        if (order == null) {
            throw Params.bad("sort", "must be one of " + FactOrder.names());
        }
        return order;
    }
}

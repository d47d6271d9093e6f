package org.sijill.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.fact.FactKind;
import org.sijill.fact.Vocabulary;
import org.sijill.shared.NotFoundException;
import org.sijill.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Facts, their histories and the timeline, as known at any instant. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Facts", description = "Recorded facts, their versions, and the timeline")
class FactReadController {

    static final Set<String> KINDS = Arrays.stream(FactKind.values()).map(Enum::name).collect(Collectors.toSet());

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
    PageOf<FactView> list(@Parameter(example = "BASE_STATUS") @RequestParam(required = false) String kind,
                          @Parameter(example = "2020-01") @RequestParam(required = false) String from,
                          @Parameter(example = "2021-12") @RequestParam(required = false) String to,
                          @Parameter(example = "US") @RequestParam(required = false) String force,
                          @Parameter(example = "k1") @RequestParam(required = false) String baseId,
                          @Parameter(example = "004_381da1ff9ba8b82d") @RequestParam(required = false) String sourceId,
                          @Parameter(example = "عين الاسد") @RequestParam(required = false) String q,
                          @Parameter(example = "2026-11-23T16:40:00Z") @RequestParam(required = false) String asKnownAt,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          @Parameter(example = "when") @RequestParam(required = false) String sort,
                          @RequestParam(required = false) Boolean includeRetracted) {
        FactFilter filter = new FactFilter(Params.oneOf("kind", kind, KINDS), Params.start("from", from),
                Params.end("to", to), Params.oneOf("force", force, Vocabulary.FORCES.codes()), Params.id("baseId", baseId),
                Params.id("sourceId", sourceId), Params.text("q", q, 200),
                Params.instant("asKnownAt", asKnownAt, clock.instant()), Boolean.TRUE.equals(includeRetracted));
        return facts.search(filter, order(sort), Params.page(page), Params.size(size));
    }

    @GetMapping("/facts/{factId}")
    @Operation(summary = "A fact as known at asKnownAt (default now), retracted or not")
    FactView one(@Parameter(example = "n004-k1-handover-2020-03") @PathVariable String factId,
                 @RequestParam(required = false) String asKnownAt) {
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
    PageOf<FactView> timeline(@Parameter(example = "2019-12") @RequestParam(required = false) String from,
                              @Parameter(example = "2022-12") @RequestParam(required = false) String to,
                              @Parameter(example = "MISSION_PHASE") @RequestParam(required = false) String kind,
                              @RequestParam(required = false) String asKnownAt,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        FactFilter filter = new FactFilter(Params.oneOf("kind", kind, KINDS), Params.start("from", from),
                Params.end("to", to), null, null, null, null,
                Params.instant("asKnownAt", asKnownAt, clock.instant()), false);
        return facts.search(filter, FactOrder.WHEN, Params.page(page), Params.size(size));
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

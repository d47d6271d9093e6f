package org.sijill.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.base.BaseCatalog;
import org.sijill.shared.NotFoundException;
import org.sijill.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The state of presence on any date, as known at any instant, and what changed between dates. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Presence", description = "Troops by force, mission phases, bases and agreements on a date")
class PresenceController {

    private final PresenceQueries presence;
    private final FactQueries facts;
    private final BaseCatalog bases;
    private final Clock clock;

    PresenceController(PresenceQueries presence, FactQueries facts, BaseCatalog bases, Clock clock) {
        this.presence = presence;
        this.facts = facts;
        this.bases = bases;
        this.clock = clock;
    }

    @GetMapping("/presence")
    @Operation(summary = "Presence on a date as known at an instant",
            description = "For each subject the claim with the latest start on or before the date answers; ties go "
                    + "to PREFERRED rank, then finer precision, then the later record. Other claims starting in the "
                    + "winner's period are alternatives. inTransition is true when the date lies inside the winner's "
                    + "imprecise first period. A date given as YYYY-MM or YYYY means its first day.")
    Presence at(@Parameter(example = "2021-12-20", required = true) @RequestParam(required = false) String on,
                @Parameter(example = "2026-11-23T16:40:00Z") @RequestParam(required = false) String asKnownAt) {
        return presence.at(Params.requiredStart("on", on), Params.instant("asKnownAt", asKnownAt, clock.instant()));
    }

    @GetMapping("/presence/diff")
    @Operation(summary = "What changed in presence between two dates, each change with the fact that caused it")
    PresenceDiff diff(@Parameter(example = "2020-01-01", required = true) @RequestParam(required = false) String from,
                      @Parameter(example = "2022-01-01", required = true) @RequestParam(required = false) String to,
                      @RequestParam(required = false) String asKnownAt) {
        return presence.diff(Params.requiredStart("from", from), Params.requiredStart("to", to),
                Params.instant("asKnownAt", asKnownAt, clock.instant()));
    }

    @GetMapping("/bases/{baseId}/timeline")
    @Operation(summary = "The facts about a base in valid-time order, as known at asKnownAt (default now)")
    PageOf<FactView> baseTimeline(@Parameter(example = "k1") @PathVariable String baseId,
                                  @RequestParam(required = false) String asKnownAt,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        if (!bases.exists(baseId)) {
            throw new NotFoundException("base", baseId);
        }
        FactFilter filter = new FactFilter(null, null, null, null, baseId, null, null,
                Params.instant("asKnownAt", asKnownAt, clock.instant()), false);
        return facts.search(filter, FactOrder.WHEN, Params.page(page), Params.size(size));
    }
}

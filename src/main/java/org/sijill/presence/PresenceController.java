package org.sijill.presence;

import org.sijill.record.FactFilter;
import org.sijill.record.FactOrder;
import org.sijill.record.FactQueries;
import org.sijill.record.FactView;
import org.sijill.record.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.fact.SubjectType;
import org.sijill.shared.NotFoundException;
import org.sijill.web.Params;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.sijill.web.InstantParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The state of presence on any date, as known at any instant, its series, and what changed between dates. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Presence", description = "Troops by force, mission phases, bases and agreements on a date")
class PresenceController {

    private static final String RULE = "For each subject the claim with the latest start on or before the date "
            + "decides (PLANNED claims never do); ties go to PREFERRED rank, then finer precision, then the later "
            + "record, the others being alternatives. A span holds to the end of its until period: after that the "
            + "subject is absent from the lists and listed under lapsed. planned lists the plans announced by the "
            + "date that the record has not caught up with, due once their date has come. A date given as YYYY-MM "
            + "or YYYY means its first day.";

    private final PresenceQueries presence;
    private final FactQueries facts;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;
    private final Clock clock;

    PresenceController(PresenceQueries presence, FactQueries facts, BaseCatalog bases, AgreementCatalog agreements,
                       Clock clock) {
        this.presence = presence;
        this.facts = facts;
        this.bases = bases;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/presence")
    @Operation(summary = "Presence on a date as known at an instant", description = RULE)
    Presence at(@Valid @ParameterObject PresenceQuery query) {
        return presence.at(Params.requiredStart("on", query.on()),
                Params.instant("asKnownAt", query.asKnownAt(), clock.instant()), query.filter());
    }

    @GetMapping("/presence/series")
    @Operation(summary = "One subject's history as segments, each the longest run of days decided by one claim",
            description = "Name exactly one subject: force, scope, baseId or agreementId. from defaults to the "
                    + "subject's first claim, to (the last day shown) to today. " + RULE)
    Series series(@Valid @ParameterObject SeriesQuery query) {
        Map<SubjectType, String> named = query.subjects();
        if (named.size() != 1) {
            throw Params.bad("force", "name exactly one subject: force, scope, baseId or agreementId");
        }
        SubjectType type = named.keySet().iterator().next();
        String id = named.get(type);
        boolean known = switch (type) {
            case TROOPS, MISSION -> true;
            case BASE -> bases.exists(id);
            case AGREEMENT -> agreements.exists(id);
        };
        if (!known) {
            throw new NotFoundException(type == SubjectType.BASE ? "base" : "agreement", id);
        }
        LocalDate end = Params.end("to", query.to());
        LocalDate last = end == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : end.minusDays(1);
        LocalDate first = Params.start("from", query.from());
        if (first != null && first.isAfter(last)) {
            throw Params.bad("from", "must not be after to");
        }
        return presence.series(type, id, first, last, Params.instant("asKnownAt", query.asKnownAt(), clock.instant()));
    }

    @GetMapping("/presence/diff")
    @Operation(summary = "What changed in presence between two dates, each change with the fact that caused it")
    PresenceDiff diff(@Valid @ParameterObject DiffQuery query) {
        return presence.diff(Params.requiredStart("from", query.from()), Params.requiredStart("to", query.to()),
                Params.instant("asKnownAt", query.asKnownAt(), clock.instant()));
    }

    @GetMapping("/bases/{baseId}/timeline")
    @Operation(summary = "A base's status segments by the presence rule, and the facts about it in valid-time "
            + "order, as known at asKnownAt (default now)")
    BaseTimeline baseTimeline(@Parameter(example = "k1") @PathVariable String baseId,
                              @RequestParam(required = false) @InstantParam String asKnownAt,
                              @RequestParam(required = false) @Min(value = 0, message = "must be between 0 and 1000000")
                              @Max(value = 1_000_000, message = "must be between 0 and 1000000") Integer page,
                              @RequestParam(required = false) @Min(value = 1, message = "must be between 1 and 200")
                              @Max(value = Params.MAX_PAGE_SIZE, message = "must be between 1 and 200") Integer size) {
        if (!bases.exists(baseId)) {
            throw new NotFoundException("base", baseId);
        }
        var knownAt = Params.instant("asKnownAt", asKnownAt, clock.instant());
        FactFilter filter = new FactFilter(null, null, null, null, baseId, null, null, knownAt, false);
        PageOf<FactView> items = facts.search(filter, FactOrder.WHEN, Params.page(page), Params.size(size));
        Series series = presence.series(SubjectType.BASE, baseId, null,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), knownAt);
        return new BaseTimeline(baseId, series.segments(), items.items(), items.page(), items.size(), items.total());
    }
}

package org.sijill.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.fact.SubjectType;
import org.sijill.fact.Vocabulary;
import org.sijill.shared.NotFoundException;
import org.sijill.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

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
    Presence at(@Parameter(example = "2021-12-20", required = true) @RequestParam(required = false) String on,
                @Parameter(example = "2026-11-23T16:40:00Z") @RequestParam(required = false) String asKnownAt,
                @Parameter(description = "limit to these forces") @RequestParam(required = false) List<String> force,
                @Parameter(description = "limit to these scopes") @RequestParam(required = false) List<String> scope,
                @Parameter(description = "limit to these bases") @RequestParam(required = false) List<String> baseId,
                @Parameter(description = "limit to these agreements") @RequestParam(required = false)
                List<String> agreementId) {
        SubjectFilter filter = new SubjectFilter(each(force, f -> Params.oneOf("force", f, Vocabulary.FORCES.codes())),
                each(scope, s -> Params.oneOf("scope", s, Vocabulary.SCOPES.codes())), each(baseId, b -> Params.id("baseId", b)),
                each(agreementId, a -> Params.id("agreementId", a)));
        return presence.at(Params.requiredStart("on", on), Params.instant("asKnownAt", asKnownAt, clock.instant()),
                filter);
    }

    @GetMapping("/presence/series")
    @Operation(summary = "One subject's history as segments, each the longest run of days decided by one claim",
            description = "Name exactly one subject: force, scope, baseId or agreementId. from defaults to the "
                    + "subject's first claim, to (the last day shown) to today. " + RULE)
    Series series(@Parameter(example = "US") @RequestParam(required = false) String force,
                  @RequestParam(required = false) String scope,
                  @RequestParam(required = false) String baseId,
                  @RequestParam(required = false) String agreementId,
                  @Parameter(example = "2003-01") @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String asKnownAt) {
        String forceId = Params.oneOf("force", force, Vocabulary.FORCES.codes());
        String scopeId = Params.oneOf("scope", scope, Vocabulary.SCOPES.codes());
        String base = Params.id("baseId", baseId);
        String agreement = Params.id("agreementId", agreementId);
        if (java.util.stream.Stream.of(forceId, scopeId, base, agreement).filter(x -> x != null).count() != 1) {
            throw Params.bad("force", "name exactly one subject: force, scope, baseId or agreementId");
        }
        if (base != null && !bases.exists(base)) {
            throw new NotFoundException("base", base);
        }
        if (agreement != null && !agreements.exists(agreement)) {
            throw new NotFoundException("agreement", agreement);
        }
        SubjectType type = forceId != null ? SubjectType.TROOPS : scopeId != null ? SubjectType.MISSION
                : base != null ? SubjectType.BASE : SubjectType.AGREEMENT;
        String id = forceId != null ? forceId : scopeId != null ? scopeId : base != null ? base : agreement;
        LocalDate end = Params.end("to", to);
        LocalDate last = end == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : end.minusDays(1);
        LocalDate first = Params.start("from", from);
        if (first != null && first.isAfter(last)) {
            throw Params.bad("from", "must not be after to");
        }
        return presence.series(type, id, first, last, Params.instant("asKnownAt", asKnownAt, clock.instant()));
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
    @Operation(summary = "A base's status segments by the presence rule, and the facts about it in valid-time "
            + "order, as known at asKnownAt (default now)")
    BaseTimeline baseTimeline(@Parameter(example = "k1") @PathVariable String baseId,
                              @RequestParam(required = false) String asKnownAt,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
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

    private static List<String> each(List<String> values, UnaryOperator<String> check) {
        return values == null ? List.of() : values.stream().map(check).filter(v -> v != null).toList();
    }
}

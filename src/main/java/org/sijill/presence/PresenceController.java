package org.sijill.presence;

import org.sijill.record.FactFilter;
import org.sijill.record.FactOrder;
import org.sijill.record.FactQueries;
import org.sijill.record.FactView;
import org.sijill.record.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import java.util.List;
import java.util.ArrayList;
import java.time.Instant;
import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

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
    private final Questions questions;

    PresenceController(PresenceQueries presence, FactQueries facts, BaseCatalog bases, AgreementCatalog agreements,
                       Clock clock, RecordDiffs recordDiffs) {
        this.questions = new Questions(presence, recordDiffs, clock, (type, id) -> type == SubjectType.BASE
                ? bases.exists(id) : agreements.exists(id));
        this.presence = presence;
        this.facts = facts;
        this.bases = bases;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/presence")
    @Operation(summary = "Presence on a date as known at an instant", description = RULE)
    Presence at(@Valid @ParameterObject PresenceQuery query) {
        return questions.presence(query);
    }

    @GetMapping("/presence/series")
    @Operation(summary = "One subject's history as segments, each the longest run of days decided by one claim; "
            + "or, with type, every subject's of that type in one answer",
            description = "Name exactly one subject (force, scope, baseId or agreementId), or type alone. from "
                    + "defaults to each subject's first claim, to (the last day shown) to today. " + RULE)
    @ApiResponse(responseCode = "200", description = "A Series for one subject, a SeriesSet for a type",
            content = @Content(mediaType = "application/json", schema = @Schema(anyOf = {Series.class, SeriesSet.class})))
    Object series(@Valid @ParameterObject SeriesQuery query) {
        return questions.series(query);
    }

    @GetMapping("/presence/diff")
    @Operation(summary = "What changed between two dates (from, to, asKnownAt), or why the answer for one date "
            + "changed between two record instants (on, fromKnownAt, toKnownAt)",
            description = "Between two dates: every subject whose answer differs, each change with the fact that "
                    + "caused it. Across record time: every subject whose entry on the date differs, before and "
                    + "after, with the recordings, corrections and retractions in between that bear on the date. "
                    + RULE)
    @ApiResponse(responseCode = "200", description = "A PresenceDiff for two dates, a RecordDiff for two instants",
            content = @Content(mediaType = "application/json", schema = @Schema(anyOf = {PresenceDiff.class, RecordDiff.class})))
    Object diff(@Valid @ParameterObject DiffQuery query) {
        return questions.diff(query);
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

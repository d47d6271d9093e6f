package org.sijill.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sijill.fact.CitationCheck;
import org.sijill.fact.FactContent;
import org.sijill.fact.FactKind;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import org.sijill.presence.WriteEffects;
import org.sijill.record.DuplicateClaims;
import org.sijill.record.FactQueries;
import org.sijill.record.FactView;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.NotFoundException;
import org.sijill.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ?dryRun=true} (CONTRACT.md "Writes"): what a new fact or a correction would meet, computed from the record as
 * it stands and never written: every error at once (shape, references, locators, a stale version), the active facts
 * that already state the claim, and the presence changes the write would cause. A dry run holds no lock: a write
 * stored meanwhile can make the real write's answer differ.
 */
@Service
@Transactional(readOnly = true)
class DryRuns {

    @Schema(description = "What the write would meet; nothing is written")
    record DryRun(boolean valid, List<Violation> errors, List<String> duplicates, List<WriteEffects.Effect> changes) {
    }

    private final CitationCheck citations;
    private final DuplicateClaims duplicates;
    private final WriteEffects effects;
    private final FactQueries facts;
    private final Clock clock;

    DryRuns(CitationCheck citations, DuplicateClaims duplicates, WriteEffects effects, FactQueries facts, Clock clock) {
        this.citations = citations;
        this.duplicates = duplicates;
        this.effects = effects;
        this.facts = facts;
        this.clock = clock;
    }

    DryRun newFact(FactInput.NewFact input, List<Violation> refused) {
        List<Violation> errors = new ArrayList<>(refused);
        errors.addAll(citations.problems(input.sources(), input.data()));
        FactContent content;
        try {
            content = input.toContent(errors);
        } catch (InvalidCommandException e) {
            return new DryRun(false, e.violations(), List.of(), List.of());
        }
        List<String> same = duplicates.activeFactsStating(content);
        return new DryRun(same.isEmpty(), List.of(), same, effects.of("(new fact)", 1, null, content));
    }

    DryRun correction(String factId, FactInput.Correction input, List<Violation> refused) {
        FactView current = facts.current(factId, clock.instant())
                .orElseThrow(() -> new NotFoundException("fact", factId));
        List<Violation> errors = new ArrayList<>(refused);
        if (input.expectedVersion() != null && input.expectedVersion() != current.version()) {
            errors.add(new Violation("expectedVersion", "is " + input.expectedVersion() + ", but the fact is at version "
                    + current.version()));
        }
        if (!"ACTIVE".equals(current.status())) {
            errors.add(new Violation("", "the fact is retracted and takes no further edits"));
        }
        errors.addAll(citations.problems(input.sources(), input.data()));
        FactContent before = content(current);
        FactContent after = refused.isEmpty() ? input.toCorrection().applyTo(before) : before;
        errors.addAll(refused.isEmpty() ? after.problems() : List.of());
        if (refused.isEmpty() && after.problems().isEmpty() && after.equals(before)) {
            errors.add(new Violation("", "the correction changes nothing"));
        }
        if (!errors.isEmpty()) {
            return new DryRun(false, errors, List.of(), List.of());
        }
        return new DryRun(true, List.of(), List.of(), effects.of(factId, current.version() + 1, before, after));
    }

    private static FactContent content(FactView view) {
        return new FactContent(FactKind.valueOf(view.kind()), view.when(), view.data(),
                view.sources().stream().map(s -> new SourceRef(s.sourceId(), s.locator())).toList(), view.summaryEn(),
                view.summaryAr(), Rank.valueOf(view.rank()));
    }
}

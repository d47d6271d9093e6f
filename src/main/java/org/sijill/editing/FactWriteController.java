package org.sijill.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.sijill.fact.CitationCheck;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.Violation;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.ArrayList;
import java.util.List;
import org.sijill.fact.RecordFact;
import org.sijill.fact.RetractFact;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;

/**
 * Editors record, correct and retract facts. The read model is written in the write's transaction, so
 * every answer reflects the write; the authenticated name is stored with the event as recordedBy.
 */
@RestController
@RequestMapping(path = "/api/v1/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing", description = "Writes (EDITOR role); send Idempotency-Key to retry safely")
class FactWriteController {

    private static final String DRY_RUN = "true: check the write and answer 200 with what it would meet "
            + "(errors, duplicates, presence changes); nothing is written";

    private final JsonBodies bodies;
    private final Idempotency idempotency;
    private final Clock clock;
    private final CitationCheck citations;
    private final DryRuns dryRuns;

    FactWriteController(JsonBodies bodies, Idempotency idempotency, Clock clock, CitationCheck citations,
                        DryRuns dryRuns) {
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.clock = clock;
        this.citations = citations;
        this.dryRuns = dryRuns;
    }

    @PostMapping
    @Operation(summary = "Record a new fact; 201 with its id, version 1 and a Location header",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FactInput.NewFact.class))))
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FactInput.Written.class)))
    @ApiResponse(responseCode = "200", description = "The dry run's answer", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = DryRuns.DryRun.class)))
    ResponseEntity<?> record(@RequestBody byte[] body, Principal editor,
                             @Parameter(description = "retry key") @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                             @Parameter(description = DRY_RUN, schema = @Schema(type = "boolean", defaultValue = "false"))
                             @RequestParam(required = false) String dryRun) {
        if (dryRun(dryRun)) {
            FactInput.NewFact input = bodies.parse(body, FactInput.NewFact.class);
            return ResponseEntity.ok(dryRuns.newFact(input, bodies.violations(input)));
        }
        return idempotency.run(editor.getName(), key, "POST /api/v1/facts", body, () -> {
            FactInput.NewFact input = bodies.parse(body, FactInput.NewFact.class);
            FactContent content;
            try {
                content = input.toContent(bodies.violations(input));
            } catch (InvalidCommandException shape) {
                // Shape, references and locators in one answer (CONTRACT.md "Errors"); a well-formed fact has its
                // citations checked on the command bus, inside the write (FactReferenceCheck).
                List<Violation> all = new ArrayList<>(shape.violations());
                all.addAll(citations.problems(input.sources(), input.data()));
                throw new InvalidCommandException(all);
            }
            String factId = "f-" + UUID.randomUUID();
            URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/facts/{id}")
                    .buildAndExpand(factId).toUri();
            return new Write(new RecordFact(factId, content, editor.getName(), clock.instant()),
                    created -> ResponseEntity.created(location).body(new FactInput.Written((String) created, 1)));
        });
    }

    @PostMapping("/{factId}/corrections")
    @Operation(summary = "Correct a fact against expectedVersion, with a reason; 409 with currentVersion when stale",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FactInput.Correction.class))))
    @ApiResponse(responseCode = "200", description = "Corrected (FactInput.Written), or the dry run's answer",
            content = @Content(mediaType = "application/json", schema = @Schema(anyOf = {FactInput.Written.class,
                    DryRuns.DryRun.class})))
    ResponseEntity<?> correct(@PathVariable String factId, @RequestBody byte[] body, Principal editor,
                              @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                              @Parameter(description = DRY_RUN, schema = @Schema(type = "boolean", defaultValue = "false"))
                             @RequestParam(required = false) String dryRun) {
        if (dryRun(dryRun)) {
            FactInput.Correction input = bodies.parse(body, FactInput.Correction.class);
            return ResponseEntity.ok(dryRuns.correction(factId, input, bodies.violations(input)));
        }
        return idempotency.run(editor.getName(), key,
                "POST /api/v1/facts/" + factId + "/corrections", body, () -> {
                    FactInput.Correction input = bodies.read(body, FactInput.Correction.class);
                    var correction = input.toCorrection();
                    return new Write(new CorrectFact(factId, input.expectedVersion(), input.reason(),
                            correction, editor.getName(), clock.instant()),
                            version -> ResponseEntity.ok(new FactInput.Written(factId, (Long) version)));
                });
    }

    /** {@code ?dryRun}, {@code ?dryRun=} and {@code ?dryRun=true} ask for a dry run; only absent or false write. */
    private static boolean dryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidCommandException("dryRun", "must be true or false");
    }

    @PostMapping("/{factId}/retraction")
    @Operation(summary = "Retract a fact against expectedVersion, with a reason; its history is kept",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FactInput.Retraction.class))))
    ResponseEntity<?> retract(@PathVariable String factId, @RequestBody byte[] body, Principal editor,
                              @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.run(editor.getName(), key,
                "POST /api/v1/facts/" + factId + "/retraction", body, () -> {
                    FactInput.Retraction input = bodies.read(body, FactInput.Retraction.class);
                    return new Write(new RetractFact(factId, input.expectedVersion(), input.reason(),
                            editor.getName(), clock.instant()),
                            version -> ResponseEntity.ok(new FactInput.Written(factId, (Long) version)));
                });
    }
}

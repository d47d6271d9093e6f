package org.sijill.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.shared.StateConflictException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Auditors export, verify, replay and reconcile the record (AUDITOR role). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Export, hash-chain verification, replay and reconciliation (AUDITOR role)")
class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");

    private final AuditLog log;
    private final ReplayRunner replay;
    private final Reconciliation reconciliation;
    private final CheckpointKey checkpoints;

    AuditController(AuditLog log, ReplayRunner replay, Reconciliation reconciliation, CheckpointKey checkpoints) {
        this.checkpoints = checkpoints;
        this.log = log;
        this.replay = replay;
        this.reconciliation = reconciliation;
    }

    @GetMapping(value = "/events", produces = "application/x-ndjson")
    @Operation(summary = "Every stored event after seq, in global order, one JSON object a line",
            description = "Fields: seq, eventId, type, aggregateId, aggregateVersion, recordedAt, recordedBy, hash, "
                    + "prevHash, payload. payload is last and verbatim: its text is exactly what the hash covers.")
    ResponseEntity<StreamingResponseBody> events(@Parameter(example = "0") @RequestParam(required = false)
                                                 @Min(value = 0, message = "must be 0 or more") Long after,
                                                 @Parameter(example = "1000") @RequestParam(required = false)
                                                 @Min(value = 1, message = "must be 1 or more") Long limit) {
        long from = after == null ? 0 : after;
        long max = limit == null ? Long.MAX_VALUE : limit;
        return ResponseEntity.ok().contentType(NDJSON).body(out -> log.export(from, max, out));
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; valid is false once any stored event no longer matches")
    Verification verify() {
        return log.verify();
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild the read model from the event store into shadow tables while reads go on, compare "
            + "with the live one, and swap the rebuilt one into place atomically when it matches or repair=true")
    ResponseEntity<ReplayStatus> startReplay(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false")
                                             boolean repair) {
        if (!replay.start(repair)) {
            throw new StateConflictException("A replay is already running.");
        }
        return ResponseEntity.accepted().body(replay.status());
    }

    @GetMapping("/replay")
    @Operation(summary = "State of the last replay: IDLE, RUNNING, DONE or FAILED; processed of total; matchesLive")
    ReplayStatus replayStatus() {
        return replay.status();
    }

    @GetMapping(value = "/checkpoint", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "The record's head, signed (a C2SP tlog-checkpoint signed note: origin, number of events, "
            + "head hash; Ed25519). Keep them to detect a rewritten history: bin/verify-export checks one against an "
            + "export")
    String checkpoint() throws java.security.GeneralSecurityException {
        return checkpoints.checkpoint();
    }

    @GetMapping(value = "/checkpoint/key", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "The key that verifies the checkpoints, as a signed-note verifier key (name+id+key)")
    String checkpointKey() {
        return checkpoints.verifierKey() + "\n";
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "Whether every projection has applied every stored event")
    Reconciliation.Report reconcile() {
        return reconciliation.check();
    }
}

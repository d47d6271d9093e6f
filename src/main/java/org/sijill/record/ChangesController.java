package org.sijill.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /changes}: every recording, correction and retraction in record order, after a sequence number, so a
 * client can keep a copy of the record in step (ask again with the last {@code seq} it got).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Facts")
class ChangesController {

    private final FactQueries facts;

    ChangesController(FactQueries facts) {
        this.facts = facts;
    }

    @GetMapping("/changes")
    @Operation(summary = "Every recording, correction and retraction after seq, in record order (at most limit)")
    List<Change> changes(@Parameter(example = "0") @RequestParam(defaultValue = "0")
                         @Min(value = 0, message = "must be 0 or more") long after,
                         @Parameter(example = "100") @RequestParam(defaultValue = "100")
                         @Min(value = 1, message = "must be between 1 and 1000")
                         @Max(value = 1000, message = "must be between 1 and 1000") int limit) {
        return facts.changes(after, limit);
    }
}

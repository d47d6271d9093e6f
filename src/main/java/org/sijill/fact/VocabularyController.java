package org.sijill.fact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vocabulary, as the kinds and value sets are declared in this release; it changes only with the release. */
@RestController
@Tag(name = "Vocabulary")
class VocabularyController {

    private static final VocabularyView VOCABULARY = VocabularyView.of();

    @GetMapping("/api/v1/vocabulary")
    @Operation(summary = "Every kind with its data fields and every force, scope, phase, status and basis, with English"
            + " and Arabic labels", operationId = "getVocabulary")
    VocabularyView vocabulary() {
        return VOCABULARY;
    }
}

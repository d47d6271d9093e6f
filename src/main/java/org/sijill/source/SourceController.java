package org.sijill.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The documents facts cite. */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources")
class SourceController {

    private final SourceCatalog sources;

    SourceController(SourceCatalog sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "Every registered source")
    List<SourceDocument> all() {
        return sources.all().stream().map(SourceDocument::of).toList();
    }

    @GetMapping("/{sourceId}")
    @Operation(summary = "One source")
    SourceDocument one(@Parameter(example = "002_132dcbf3b4cce48d") @PathVariable String sourceId) {
        return sources.find(sourceId).map(SourceDocument::of).orElseThrow(() -> new NotFoundException("source", sourceId));
    }
}

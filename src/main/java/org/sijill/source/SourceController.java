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

    @GetMapping(value = "/{sourceId}/text", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "The source's stored text, for signed-in users (any role); 404 when none is stored")
    String text(@Parameter(example = "004_381da1ff9ba8b82d") @PathVariable String sourceId) {
        if (!sources.exists(sourceId)) {
            throw new NotFoundException("source", sourceId);
        }
        return sources.text(sourceId).map(SourceText::joined)
                .orElseThrow(() -> new NotFoundException("text of source", sourceId));
    }

    @GetMapping("/{sourceId}")
    @Operation(summary = "One source")
    SourceDocument one(@Parameter(example = "002_132dcbf3b4cce48d") @PathVariable String sourceId) {
        return sources.find(sourceId).map(SourceDocument::of).orElseThrow(() -> new NotFoundException("source", sourceId));
    }
}

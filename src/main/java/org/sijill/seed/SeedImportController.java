package org.sijill.seed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.sijill.shared.Violation;
import org.sijill.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.util.List;

/**
 * Editors add a seed file (seeds/README.md format) to the running installation, without stopping it:
 * the same import as on start, through the command path, recorded under the editor's name. One file is
 * one transaction, the read model written in it: a malformed file stores nothing and is a 400 naming the
 * entry and the problem; the answer comes with the import readable. Progress is logged every 50 entries.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Editing")
class SeedImportController {


    private final SeedImporter importer;

    SeedImportController(SeedImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Import one seed file (YAML) into the running installation; entries already present "
            + "are skipped, so sending it again records nothing")
    ImportReport importFile(@RequestBody byte[] yaml, Principal editor,
                            @Parameter(description = "the file's name, for messages and logs", example = "60-more.yml")
                            @RequestParam(defaultValue = "upload.yml") String name) {
        ImportReport report = importer.importAll(List.of(new SeedImporter.Seed(name,
                () -> new ByteArrayInputStream(yaml))), editor.getName());
        return report;
    }

    @ExceptionHandler(SeedException.class)
    ProblemDetail malformed(SeedException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", "The file was refused; nothing of it was stored.",
                java.util.Map.of("errors", List.of(new Violation("body", e.getMessage()))));
    }
}

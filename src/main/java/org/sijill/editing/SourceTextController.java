package org.sijill.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.source.SourceText;
import org.sijill.source.StoreSourceText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;

/**
 * Editors store a source's text (CONTRACT.md {@code PUT /sources/{id}/text}); from then on a locator
 * {@code line N, «quote»} citing the source must find the quote on line N. Storing the same text again is a no-op.
 */
@RestController
@Tag(name = "Editing")
class SourceTextController {

    private final Idempotency idempotency;
    private final Clock clock;

    SourceTextController(Idempotency idempotency, Clock clock) {
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @PutMapping(path = "/api/v1/sources/{sourceId}/text", consumes = "text/plain")
    @Operation(summary = "Keep a source's text (UTF-8) with its SHA-256; 200 with the hash and line count")
    ResponseEntity<?> store(@Parameter(example = "004_381da1ff9ba8b82d") @PathVariable String sourceId,
                            @RequestBody byte[] body, Principal editor,
                            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.run(editor.getName(), key, "PUT /api/v1/sources/" + sourceId + "/text", body,
                () -> new Write(new StoreSourceText(sourceId, utf8(body), editor.getName(), clock.instant()),
                        stored -> ResponseEntity.ok((SourceText.Stored) stored)));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new org.sijill.shared.InvalidCommandException("text", "must be UTF-8");
        }
    }
}

package org.sijill.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.agreement.RegisterAgreement;
import org.sijill.base.RegisterBase;
import org.sijill.source.RegisterSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** Editors register sources, bases and agreements; the registries are readable as soon as this answers. */
@RestController
@RequestMapping(path = "/api/v1", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Editing")
class RegistryWriteController {

    private final JsonBodies bodies;
    private final Idempotency idempotency;
    private final Clock clock;

    RegistryWriteController(JsonBodies bodies, Idempotency idempotency, Clock clock) {
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @PostMapping("/sources")
    @Operation(summary = "Register a source; 201 with a Location header",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RegistryInput.NewSource.class))))
    ResponseEntity<?> source(@RequestBody byte[] body, Principal editor,
                             @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.run(editor.getName(), key, "POST /api/v1/sources", body, () -> {
            RegistryInput.NewSource in = bodies.parse(body, RegistryInput.NewSource.class);
            return new Write(new RegisterSource(in.sourceId(), in.title(), in.publisher(), in.published(), in.language(),
                    in.seedFile(), editor.getName(), clock.instant()),
                    created("/api/v1/sources/{id}", "sourceId"));
        });
    }

    @PostMapping("/bases")
    @Operation(summary = "Register a base; 201 with a Location header",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RegistryInput.NewBase.class))))
    ResponseEntity<?> base(@RequestBody byte[] body, Principal editor,
                           @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.run(editor.getName(), key, "POST /api/v1/bases", body, () -> {
            RegistryInput.NewBase in = bodies.parse(body, RegistryInput.NewBase.class);
            return new Write(new RegisterBase(in.baseId(), in.nameEn(), in.nameAr(), in.aliases(), in.province(),
                    in.location(), in.locationNote(),
                    editor.getName(), clock.instant()),
                    created("/api/v1/bases/{id}", "baseId"));
        });
    }

    @PostMapping("/agreements")
    @Operation(summary = "Register an agreement that AGREEMENT facts can give a status; 201 with a Location header",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RegistryInput.NewAgreement.class))))
    ResponseEntity<?> agreement(@RequestBody byte[] body, Principal editor,
                                @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.run(editor.getName(), key, "POST /api/v1/agreements", body, () -> {
            RegistryInput.NewAgreement in = bodies.parse(body, RegistryInput.NewAgreement.class);
            return new Write(new RegisterAgreement(in.agreementId(), in.nameEn(), in.nameAr(), editor.getName(),
                    clock.instant()),
                    created("/api/v1/agreements/{id}", "agreementId"));
        });
    }

    /** The answer a registration gives once its handler accepted it (the result is the new id). */
    private static Function<Object, ResponseEntity<?>> created(String path, String idField) {
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentContextPath().path(path);
        return id -> ResponseEntity.created(base.buildAndExpand(id).toUri()).body(Map.of(idField, id));
    }
}

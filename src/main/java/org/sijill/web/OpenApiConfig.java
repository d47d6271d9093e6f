package org.sijill.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The API document (springdoc) made to tell the truth: the Basic-auth scheme and the role each operation
 * needs, the answers the API really gives (201 with Location and Idempotent-Replayed, 202, and one
 * problem+json schema for every error status an operation can give, 503 with Retry-After), and
 * operation ids named after what they do. {@link ApiOperations} knows the operations; this class shapes them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenAPI sijillOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sijill API").version("1")
                        .description("The record of the international coalition's military presence in Iraq, 2003 to "
                                + "today: presence on any date as known at any instant, the facts and their versions "
                                + "with their sources, editing, and audit. The contract is CONTRACT.md; reads are "
                                + "public unless the installation says otherwise, writes need EDITOR, audit AUDITOR. "
                                + "Licences: the code is Apache-2.0 (this licence field); the curated record and what "
                                + "the application derives from it (every answer of this API) are CC BY 4.0 "
                                + "(https://creativecommons.org/licenses/by/4.0/): cite Sijill with the URL, the date "
                                + "asked, asKnownAt and head. The source documents remain their owners'. The codebook "
                                + "at /codebook says what every column and code means.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("this installation")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    static {
        // A streamed answer (the audit export) is text: springdoc would otherwise describe the Java type writing it.
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithClass(
                org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody.class, String.class);
    }

    @Bean
    @org.springframework.core.annotation.Order(0)
    OpenApiCustomizer truthfulOperations() {
        return api -> {
            api.getComponents().addSchemas("Problem", problem());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    ApiOperations.shape(path, method.name(), operation)));
        };
    }

    private static Schema<?> problem() {
        Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(error).description("validation failures (400)"))
                .addProperty("currentVersion", new IntegerSchema().description("the fact's version (409 on a stale "
                        + "expectedVersion)"))
                .addProperty("factId", new StringSchema().description("the active fact that already states the claim "
                        + "(409 on a duplicate claim)"))
                .required(List.of("status", "title", "detail"));
    }

    static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    static SecurityRequirement basic() {
        return new SecurityRequirement().addList(BASIC);
    }

    static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }
}

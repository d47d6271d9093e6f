package org.sijill.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts the page's sign-in and sign-out in the API document: Spring Security's form login and logout filters answer
 * {@code POST} and {@code DELETE /api/v1/session} (no controller springdoc could read). Runs before the customizer that
 * adds every operation's common answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionDocument implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        PathItem session = api.getPaths().computeIfAbsent(SecurityConfig.SESSION, p -> new PathItem());
        ObjectSchema form = new ObjectSchema();
        form.addProperty("username", new StringSchema()).addProperty("password", new StringSchema().format("password"));
        form.setRequired(List.of("username", "password"));
        session.post(new Operation().operationId("signIn").addTagsItem("Session")
                .summary("Sign the page in (a session cookie; the CSRF token of GET /api/v1/session in its header)")
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("Signed in")
                        .content(new Content().addMediaType("application/json", new MediaType()
                                .schema(new io.swagger.v3.oas.models.media.Schema<>()
                                        .$ref("#/components/schemas/Session")))))));
        session.delete(new Operation().operationId("signOut").addTagsItem("Session").summary("Sign the page out")
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out"))));
    }
}

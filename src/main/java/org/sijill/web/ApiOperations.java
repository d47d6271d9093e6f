package org.sijill.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each operation of the API document says about access, answers and errors, derived from its path
 * and method, the same way SecurityConfig and ApiErrors decide them: audit needs AUDITOR, other writes
 * EDITOR, reads are public unless configured otherwise; creations answer 201 with Location, a replay
 * 202; every operation can answer 400 and 503, writes 401, 403, 409 and 413, and an id in the path 404.
 */
final class ApiOperations {

    /** Operation ids of the writes; reads are named from their path (GET /facts/{factId}/history: getFactHistory). */
    private static final Map<String, String> WRITES = Map.of(
            "POST /api/v1/facts", "recordFact",
            "POST /api/v1/facts/{factId}/corrections", "correctFact",
            "POST /api/v1/facts/{factId}/retraction", "retractFact",
            "POST /api/v1/sources", "registerSource",
            "POST /api/v1/bases", "registerBase",
            "POST /api/v1/agreements", "registerAgreement",
            "POST /api/v1/imports", "importSeedFile",
            "POST /api/v1/audit/replay", "startReplay",
            "PUT /api/v1/sources/{sourceId}/text", "storeSourceText");

    private static final List<String> CREATES = List.of("/api/v1/facts", "/api/v1/sources", "/api/v1/bases",
            "/api/v1/agreements");

    private ApiOperations() {
    }

    static void shape(String path, String method, Operation operation) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        boolean audit = path.startsWith("/api/v1/audit");
        operation.setOperationId(WRITES.getOrDefault(method + " " + path, read ? name(path) : operation.getOperationId()));
        // The page's sign-in and sign-out are open to anyone; reads are public; audit and other writes need a role.
        boolean session = path.equals("/api/v1/session");
        String role = audit ? "AUDITOR" : read || session ? null : "EDITOR";
        if (role != null) {
            operation.setSecurity(List.of(OpenApiConfig.basic()));
            operation.setDescription(prefix(operation.getDescription(), "Role: " + role + "."));
        } else {
            operation.setSecurity(List.of(new SecurityRequirement(), OpenApiConfig.basic()));
            operation.setDescription(prefix(operation.getDescription(), "Public unless the installation sets "
                    + "chronology.security.public-read=false; then any role. Send Accept: text/csv for CSV where "
                    + "offered; ETag and If-None-Match are honoured."));
        }
        ApiResponses responses = OpenApiConfig.responses(operation);
        if (method.equals("POST") && CREATES.contains(path)) {
            // A dry run answers 200 beside the creation's 201 (POST /facts?dryRun=true): both stay.
            ApiResponse ok = responses.get("201") != null ? responses.get("201") : responses.remove("200");
            responses.addApiResponse("201", (ok == null ? new ApiResponse() : ok).description("Created")
                    .addHeaderObject("Location", OpenApiConfig.header("Where the new entry is read"))
                    .addHeaderObject("Idempotent-Replayed", OpenApiConfig.header("true when this is the stored "
                            + "answer to an earlier request with the same Idempotency-Key")));
        } else if (path.equals("/api/v1/audit/replay") && method.equals("POST")) {
            ApiResponse ok = responses.remove("200");
            responses.addApiResponse("202", (ok == null ? new ApiResponse() : ok).description("Replay started"));
        } else if (method.equals("POST") && responses.get("200") != null) {
            responses.get("200").addHeaderObject("Idempotent-Replayed", OpenApiConfig.header("true when this is "
                    + "the stored answer to an earlier request with the same Idempotency-Key"));
        }
        // Springdoc names "*/*" where a handler declares no media type: every such answer is JSON. A stream
        // (NDJSON, CSV) is text, whatever Java type writes it.
        responses.values().forEach(response -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                response.getContent().addMediaType("application/json", response.getContent().remove("*/*"));
            }
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    if ((type.startsWith("application/x-ndjson") || type.startsWith("text/csv")) && media.getSchema() != null
                            && media.getSchema().get$ref() != null) {
                        media.setSchema(new io.swagger.v3.oas.models.media.StringSchema()
                                .description(type.startsWith("text/csv") ? "CSV with a header row" : "one JSON object a line"));
                    }
                });
            }
        });
        responses.addApiResponse("400", OpenApiConfig.problemResponse("Invalid input; nothing was done"));
        responses.addApiResponse("429", OpenApiConfig.problemResponse("Too many failed sign-ins from this address, "
                + "or passwords being checked for others; retry after Retry-After seconds")
                .addHeaderObject("Retry-After", OpenApiConfig.header("Seconds to wait before retrying")));
        if (read) {
            responses.addApiResponse("406", OpenApiConfig.problemResponse("The answer has no form for the Accept "
                    + "asked (CSV is offered only where this operation names text/csv)"));
        }
        responses.addApiResponse("503", OpenApiConfig.problemResponse("The database cannot be reached; retry after "
                + "Retry-After seconds (a write: retry with the same Idempotency-Key)")
                .addHeaderObject("Retry-After", OpenApiConfig.header("Seconds to wait before retrying")));
        responses.addApiResponse("401", OpenApiConfig.problemResponse(read && !audit
                ? "Wrong credentials, or none where reads are not public" : "No or wrong credentials"));
        if (!read || audit) {
            responses.addApiResponse("403", OpenApiConfig.problemResponse("The user's role does not allow this"));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", OpenApiConfig.problemResponse("Unknown id"));
        }
        if (!read) {
            responses.addApiResponse("409", OpenApiConfig.problemResponse("Version conflict (with currentVersion), "
                    + "an id already used, or an Idempotency-Key used with another request"));
            responses.addApiResponse("413", OpenApiConfig.problemResponse("Body larger than 1 MiB"));
        }
    }

    /** GET /api/v1/presence/series: getPresenceSeries; GET /api/v1/facts/{factId}: getFact. */
    static String name(String path) {
        String[] segments = path.replaceFirst("^/api/v1/", "").split("/");
        StringBuilder name = new StringBuilder("get");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                continue;
            }
            boolean identified = i + 1 < segments.length && segments[i + 1].startsWith("{");
            words.add(identified && segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment);
        }
        for (String word : words) {
            for (String part : word.split("[.\\-]")) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String prefix(String description, String access) {
        return description == null || description.isBlank() ? access : access + " " + description;
    }
}

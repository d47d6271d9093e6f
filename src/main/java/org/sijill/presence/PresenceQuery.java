package org.sijill.presence;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.SubjectType;
import org.sijill.fact.Words;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;
import org.sijill.web.Params;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The question of {@code GET /presence}, and the subject parameters {@code /presence/series} shares: every
 * parameter is checked by its constraint and all refusals come back in one 400.
 */
record PresenceQuery(
        @Parameter(example = "2021-12-20", required = true) @NotBlank(message = "is required") @DateParam
        @Nullable String on,
        @Parameter(example = "2026-11-23T16:40:00Z") @InstantParam @Nullable String asKnownAt,
        @Parameter(description = "limit to these forces") @Nullable List<@Words("force") String> force,
        @Parameter(description = "limit to these scopes") @Nullable List<@Words("scope") String> scope,
        @Parameter(description = "limit to these bases") @Nullable
        List<@Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE) String> baseId,
        @Parameter(description = "limit to these agreements") @Nullable
        List<@Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE) String> agreementId) {

    SubjectFilter filter() {
        return new SubjectFilter(subjects(force, scope, baseId, agreementId));
    }

    /** The subject parameters by the type they name, in the order of {@link SubjectType}. */
    static <T> Map<SubjectType, T> subjects(@Nullable T force, @Nullable T scope, @Nullable T baseId,
                                            @Nullable T agreementId) {
        Map<SubjectType, T> named = new EnumMap<>(SubjectType.class);
        for (SubjectType type : SubjectType.values()) {
            T value = switch (type) {
                case TROOPS -> force;
                case MISSION -> scope;
                case BASE -> baseId;
                case AGREEMENT -> agreementId;
            };
            if (value != null) {
                named.put(type, value);
            }
        }
        return named;
    }
}

package org.sijill.presence;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.sijill.fact.SubjectType;
import org.sijill.fact.Words;
import org.sijill.web.DateParam;
import org.sijill.web.InstantParam;
import org.sijill.web.Params;

import java.util.Map;

/** The question of {@code GET /presence/series}: exactly one subject, an optional range, an instant. */
record SeriesQuery(
        @Parameter(example = "US") @Words("force") @Nullable String force,
        @Words("scope") @Nullable String scope,
        @Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE) @Nullable String baseId,
        @Pattern(regexp = Params.ID_FORM, message = Params.ID_MESSAGE) @Nullable String agreementId,
        @Parameter(example = "2003-01") @DateParam @Nullable String from,
        @DateParam @Nullable String to,
        @InstantParam @Nullable String asKnownAt) {

    /** The subjects named, by type (an empty parameter is absent: web.BlankParams); a valid question names exactly one. */
    Map<SubjectType, String> subjects() {
        return PresenceQuery.subjects(force, scope, baseId, agreementId);
    }
}

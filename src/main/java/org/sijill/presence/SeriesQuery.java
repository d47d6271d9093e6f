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

/**
 * The question of {@code GET /presence/series}: exactly one subject, or with {@code type} every subject of that
 * type; an optional range, an instant.
 */
record SeriesQuery(
        @Parameter(description = "every subject of this type instead of one subject", schema =
        @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"FORCE", "SCOPE", "BASE", "AGREEMENT"}))
        @Pattern(regexp = SubjectType.TYPE_NAMES, message = "must be one of FORCE, SCOPE, BASE, AGREEMENT")
        @Nullable String type,
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

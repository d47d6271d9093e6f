package org.sijill.base;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

import java.util.List;

/**
 * Where a base is (CONTRACT.md GET /bases): a point and how much it says. {@code SITE} is the installation
 * itself, {@code AREA} the town or district it lies in, {@code PROVINCE} only the province (the point is the
 * province's centre and must not be read as a site). The source documents rarely give coordinates, so
 * {@code reference} says where they come from.
 */
@Schema(description = "A base's point, its precision, and where the coordinates come from")
public record BaseLocation(@Schema(example = "33.7856") Double lat, @Schema(example = "42.4412") Double lon,
                           @Schema(allowableValues = {"SITE", "AREA", "PROVINCE"}) String precision,
                           @Schema(example = "ICAO aerodrome reference point of ORAA") String reference) {

    public static final List<String> PRECISIONS = List.of("SITE", "AREA", "PROVINCE");

    /** Adds a violation per bad part, named under {@code field}. */
    public static void check(List<Violation> out, String field, BaseLocation location) {
        if (location == null) {
            return;
        }
        if (location.lat() == null || !(location.lat() >= -90 && location.lat() <= 90)) {
            out.add(new Violation(field + ".lat", "must be a latitude between -90 and 90"));
        }
        if (location.lon() == null || !(location.lon() >= -180 && location.lon() <= 180)) {
            out.add(new Violation(field + ".lon", "must be a longitude between -180 and 180"));
        }
        if (location.precision() == null || !PRECISIONS.contains(location.precision())) {
            out.add(new Violation(field + ".precision", "must be one of " + String.join(", ", PRECISIONS)));
        }
        Checks.text(out, field + ".reference", location.reference(), 500, true);
    }
}

package org.sijill.base;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A base as clients see it. {@code location} is absent when no point is given; {@code locationNote} then says
 * why (a base whose identity is uncertain gets no point rather than a guessed one).
 */
public record BaseView(String baseId, String nameEn, String nameAr, List<String> aliases, @Nullable String province,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BaseLocation location,
                       @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Schema(description = "Why no point is given, when none is") @Nullable String locationNote)
        implements org.sijill.web.CsvRow {

    @Override
    public List<String> csvColumns() {
        return List.of("baseId", "nameEn", "nameAr", "aliases", "province", "lat", "lon", "locationPrecision",
                "locationReference", "locationNote");
    }

    @Override
    public List<Object> csvValues() {
        return java.util.Arrays.asList(baseId, nameEn, nameAr, aliases == null ? null : String.join(" | ", aliases),
                province, location == null ? null : location.lat(), location == null ? null : location.lon(),
                location == null ? null : location.precision(), location == null ? null : location.reference(),
                locationNote);
    }

    static BaseView of(BaseEntry entry) {
        return new BaseView(entry.getBaseId(), entry.getNameEn(), entry.getNameAr(), entry.getAliases(),
                entry.getProvince(), entry.getLocation(), entry.getLocationNote());
    }
}

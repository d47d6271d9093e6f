package org.sijill.base;

import java.util.List;

/** A base as clients see it. */
public record BaseView(String baseId, String nameEn, String nameAr, List<String> aliases, String province)
        implements org.sijill.web.CsvRow {

    @Override
    public List<String> csvColumns() {
        return List.of("baseId", "nameEn", "nameAr", "aliases", "province");
    }

    @Override
    public List<Object> csvValues() {
        return java.util.Arrays.asList(baseId, nameEn, nameAr, aliases == null ? null : String.join(" | ", aliases),
                province);
    }

    static BaseView of(BaseEntry entry) {
        return new BaseView(entry.getBaseId(), entry.getNameEn(), entry.getNameAr(), entry.getAliases(),
                entry.getProvince());
    }
}

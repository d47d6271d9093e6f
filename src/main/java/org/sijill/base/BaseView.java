package org.sijill.base;

import java.util.List;

/** A base as clients see it. */
public record BaseView(String baseId, String nameEn, String nameAr, List<String> aliases, String province) {

    static BaseView of(BaseEntry entry) {
        return new BaseView(entry.getBaseId(), entry.getNameEn(), entry.getNameAr(), entry.getAliases(),
                entry.getProvince());
    }
}

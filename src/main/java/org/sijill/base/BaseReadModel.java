package org.sijill.base;

import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.RegistryReadModel;
import org.sijill.readmodel.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiConsumer;

/** The base and base_alias tables as the replay rebuilds and compares them (the live rows are {@link BaseEntry}). */
@Component
class BaseReadModel extends RegistryReadModel {

    static final Table BASE = Table.of("base", List.of("base_id"), "base_id", "name_en", "name_ar", "province", "lat",
            "lon", "location_precision", "location_reference", "location_note");
    static final Table ALIAS = Table.of("base_alias", List.of("base_id", "position"), "base_id", "position", "alias");

    BaseReadModel(JdbcTemplate jdbc, EventLog events) {
        super(jdbc, events, "bases", BaseRegistered.class, List.of(BaseLocated.class), List.of(BASE, ALIAS));
    }

    @Override
    protected void rows(Object event, BiConsumer<Table, Object[]> row) {
        BaseRegistered e = (BaseRegistered) event;
        BaseLocation at = e.location();
        row.accept(BASE, new Object[]{e.baseId(), e.nameEn(), e.nameAr(), e.province(), at == null ? null : at.lat(),
                at == null ? null : at.lon(), at == null ? null : at.precision(), at == null ? null : at.reference(),
                e.locationNote()});
        List<String> aliases = e.aliases() == null ? List.of() : e.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            row.accept(ALIAS, new Object[]{e.baseId(), i, aliases.get(i)});
        }
    }

    @Override
    protected void amendShadow(Object event, JdbcTemplate jdbc) {
        BaseLocated e = (BaseLocated) event;
        BaseLocation at = e.location();
        jdbc.update("UPDATE " + BASE.shadow() + " SET province = ?, lat = ?, lon = ?, location_precision = ?,"
                        + " location_reference = ?, location_note = ? WHERE base_id = ?", e.province(),
                at == null ? null : at.lat(), at == null ? null : at.lon(), at == null ? null : at.precision(),
                at == null ? null : at.reference(), e.locationNote(), e.baseId());
    }
}

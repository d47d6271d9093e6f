package org.sijill.agreement;

import org.sijill.eventstore.EventLog;
import org.sijill.readmodel.RegistryReadModel;
import org.sijill.readmodel.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiConsumer;

/** The agreement table as the replay rebuilds and compares it (the live rows are {@link AgreementEntry}). */
@Component
class AgreementReadModel extends RegistryReadModel {

    static final Table AGREEMENT = Table.of("agreement", List.of("agreement_id"), "agreement_id", "name_en", "name_ar");

    AgreementReadModel(JdbcTemplate jdbc, EventLog events) {
        super(jdbc, events, "agreements", AgreementRegistered.class, List.of(AGREEMENT));
    }

    @Override
    protected void rows(Object event, BiConsumer<Table, Object[]> row) {
        AgreementRegistered e = (AgreementRegistered) event;
        row.accept(AGREEMENT, new Object[]{e.agreementId(), e.nameEn(), e.nameAr()});
    }
}

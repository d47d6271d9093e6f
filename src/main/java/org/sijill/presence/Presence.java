package org.sijill.presence;

import org.sijill.record.SourceView;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of presence on a date as known at an instant (CONTRACT.md GET /presence): the subjects
 * whose deciding claim holds on the date, those whose deciding claim has ended ({@code lapsed}), and
 * the plans announced by then that the record has not yet caught up with ({@code planned}).
 */
public record Presence(LocalDate on, Instant asKnownAt, List<Troops> troops, List<Mission> missions,
                       List<BaseState> bases, List<AgreementState> agreements, List<ClaimView> lapsed,
                       List<ClaimView> planned) implements org.sijill.web.CsvTable {

    @Override
    public List<String> csvColumns() {
        return PresenceCsv.COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        return PresenceCsv.rows(this);
    }

    public record Troops(String force, Long count, Long low, Long high, String basis, When when,
                         boolean inTransition, String factId, int version, List<SourceView> sources,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Troops> alternatives) {
    }

    public record Mission(String scope, String phase, String basis, When when, boolean inTransition, String factId,
                          int version, List<SourceView> sources,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<Mission> alternatives) {
    }

    public record BaseState(String baseId, String nameEn, String nameAr, String province, String status,
                            String basis, When when, boolean inTransition, String factId, int version,
                            List<SourceView> sources,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<BaseState> alternatives) {
    }

    public record AgreementState(String agreementId, String nameEn, String nameAr, String status, String basis,
                                 When when, boolean inTransition, String factId, int version,
                                 List<SourceView> sources,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<AgreementState> alternatives) {
    }
}

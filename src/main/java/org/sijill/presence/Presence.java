package org.sijill.presence;

import org.sijill.record.SourceView;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of presence on a date as known at an instant (CONTRACT.md GET /presence): the subjects
 * whose deciding claim holds on the date, those whose deciding claim has ended ({@code lapsed}), and
 * the plans announced by then that are neither met nor passed ({@code planned}). {@code beyondRecord}: the date is
 * after the instant's own date, so the values are the last the record knows, not knowledge of that date;
 * {@code head}: the last event stored at or before the instant, from which the answer can be recomputed.
 */
public record Presence(LocalDate on, Instant asKnownAt, boolean beyondRecord, EventLog.Head head, List<Troops> troops, List<Mission> missions,
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

    public record Troops(String force, Long count, @org.jspecify.annotations.Nullable Long low, @org.jspecify.annotations.Nullable Long high,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String qualifier, String basis, boolean inferred,
                         When when,
                         boolean inTransition, String factId, int version, List<SourceView> sources,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Troops> alternatives) {
    }

    public record Mission(String scope, String phase, String basis, boolean inferred, When when, boolean inTransition, String factId,
                          int version, List<SourceView> sources,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<Mission> alternatives) {
    }

    public record BaseState(String baseId, String nameEn, String nameAr, @org.jspecify.annotations.Nullable String province, String status,
                            String basis, boolean inferred, When when, boolean inTransition, String factId, int version,
                            List<SourceView> sources,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<BaseState> alternatives) {
    }

    public record AgreementState(String agreementId, String nameEn, String nameAr, String status, String basis,
                                 boolean inferred, When when, boolean inTransition, String factId, int version,
                                 List<SourceView> sources,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<AgreementState> alternatives) {
    }
}

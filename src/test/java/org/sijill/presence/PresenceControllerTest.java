package org.sijill.presence;

import org.sijill.eventstore.EventLog;
import org.sijill.record.FactQueries;
import org.junit.jupiter.api.Test;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The presence controller alone: parameters are parsed and checked, errors are problem+json. */
@WebMvcTest(controllers = PresenceController.class)
@org.springframework.context.annotation.Import(org.sijill.web.Problems.class)
@AutoConfigureMockMvc(addFilters = false)
class PresenceControllerTest {

    private static final EventLog.Head HEAD = new EventLog.Head(7, "a".repeat(64));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PresenceQueries presence;
    @MockitoBean
    FactQueries facts;
    @MockitoBean
    BaseCatalog bases;
    @MockitoBean
    AgreementCatalog agreements;
    @MockitoBean
    EventLog readModel;
    @MockitoBean
    RecordDiffs recordDiffs;

    @Test
    void aDiffAcrossRecordTimeNamesEveryMisplacedOrMissingParameterAtOnce() throws Exception {
        mvc.perform(get("/api/v1/presence/diff").param("on", "2021").param("from", "2020").param("asKnownAt",
                        "2025-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "from", "asKnownAt", "fromKnownAt")));
        mvc.perform(get("/api/v1/presence/diff").param("on", "2021").param("fromKnownAt", "2025-02-01T00:00:00Z")
                        .param("toKnownAt", "2025-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fromKnownAt"));
        verifyNoInteractions(recordDiffs);
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-02-01T00:00:00Z");
        when(recordDiffs.between(LocalDate.parse("2021-01-01"), from, to)).thenReturn(new RecordDiff(
                LocalDate.parse("2021-01-01"), from, to, HEAD, HEAD, List.of()));
        mvc.perform(get("/api/v1/presence/diff").param("on", "2021").param("fromKnownAt", from.toString())
                        .param("toKnownAt", to.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fromHead.seq").value(7))
                .andExpect(jsonPath("$.changes").isArray());
    }

    @Test
    void aTypeSeriesIsAskedAloneAndItsTypeIsOneOfFour() throws Exception {
        mvc.perform(get("/api/v1/presence/series").param("type", "BASE").param("baseId", "k1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/presence/series").param("type", "TROOPS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        when(presence.seriesOf(org.sijill.fact.SubjectType.BASE, null, LocalDate.parse("2023-12-31"), at))
                .thenReturn(new SeriesSet("BASE", null, LocalDate.parse("2023-12-31"), at, HEAD, List.of()));
        mvc.perform(get("/api/v1/presence/series").param("type", "BASE").param("to", "2023")
                        .param("asKnownAt", at.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.type").value("BASE"))
                .andExpect(jsonPath("$.head.seq").value(7)).andExpect(jsonPath("$.series").isArray());
    }

    @Test
    void aMonthMeansItsFirstDayAndAsKnownAtIsPassedOn() throws Exception {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        when(presence.at(LocalDate.parse("2021-12-01"), at, SubjectFilter.ALL))
                .thenReturn(new Presence(LocalDate.parse("2021-12-01"), at, false, HEAD, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of()));
        mvc.perform(get("/api/v1/presence").param("on", "2021-12").param("asKnownAt", "2025-01-01T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2021-12-01"))
                .andExpect(jsonPath("$.beyondRecord").value(false))
                .andExpect(jsonPath("$.head.seq").value(7))
                .andExpect(jsonPath("$.asKnownAt").value("2025-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.troops").isArray());
    }
    @Test
    void badDatesAndInstantsAre400ProblemsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/presence").param("on", "2021-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        mvc.perform(get("/api/v1/presence").param("on", "2021-12-01").param("asKnownAt", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asKnownAt"));
        mvc.perform(get("/api/v1/presence/diff").param("from", "2020"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        verifyNoInteractions(presence);
    }
    @Test
    void presenceFiltersArePassedOnAndValidated() throws Exception {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        SubjectFilter usAndK1 = new SubjectFilter(java.util.Map.of(org.sijill.fact.SubjectType.TROOPS, List.of("US"),
                org.sijill.fact.SubjectType.BASE, List.of("k1")));
        when(presence.at(LocalDate.parse("2020-01-01"), at, usAndK1))
                .thenReturn(new Presence(LocalDate.parse("2020-01-01"), at, false, HEAD, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of()));
        mvc.perform(get("/api/v1/presence").param("on", "2020").param("asKnownAt", "2025-01-01T00:00:00Z")
                        .param("force", "US").param("baseId", "k1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lapsed").isArray())
                .andExpect(jsonPath("$.planned").isArray());
        verify(presence).at(LocalDate.parse("2020-01-01"), at, usAndK1);
        mvc.perform(get("/api/v1/presence").param("on", "2020").param("force", "NATO"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("force"));
        mvc.perform(get("/api/v1/presence").param("on", "2020-13").param("force", "US", "NATO")
                        .param("baseId", "bad id").param("asKnownAt", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "asKnownAt", "baseId", "force", "on")))
                .andExpect(jsonPath("$.errors[2].message").value("must be one of COALITION_NON_US, COALITION_TOTAL, US"))
                .andExpect(jsonPath("$.errors[3].message").value("is not a real date"));
    }
    @Test
    void aSeriesNamesExactlyOneKnownSubject() throws Exception {
        mvc.perform(get("/api/v1/presence/series")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/presence/series").param("force", "US").param("scope", "IRAQ"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/presence/series").param("scope", "MARS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(get("/api/v1/presence/series").param("force", "US").param("from", "2020").param("to", "2010"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/presence/series").param("baseId", "nope")).andExpect(status().isNotFound());
        verifyNoInteractions(presence);
    }
    @Test
    void aSeriesWindowEndsOnTheLastDayOfItsToPeriod() throws Exception {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        when(presence.series(org.sijill.fact.SubjectType.TROOPS, "US", LocalDate.parse("2003-01-01"),
                LocalDate.parse("2025-12-31"), at)).thenReturn(new Series("TROOPS", "US", null, null,
                LocalDate.parse("2003-01-01"), LocalDate.parse("2025-12-31"), at, HEAD, List.of(), List.of()));
        mvc.perform(get("/api/v1/presence/series").param("force", "US").param("from", "2003").param("to", "2025")
                        .param("asKnownAt", "2025-01-01T00:00:00Z"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.segments").isArray());
    }
    @Test
    void a503SaysWhenToRetry() throws Exception {
        when(presence.at(any(), any(), any()))
                .thenThrow(new org.springframework.dao.DataAccessResourceFailureException("connection refused"));
        mvc.perform(get("/api/v1/presence").param("on", "2021"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "2"));
    }
}

package org.sijill.record;

import org.sijill.eventstore.EventLog;
import org.junit.jupiter.api.Test;
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

/** The fact read controller alone: parameters are parsed and checked, errors are problem+json. */
@WebMvcTest(controllers = FactReadController.class)
@org.springframework.context.annotation.Import(org.sijill.web.Problems.class)
@AutoConfigureMockMvc(addFilters = false)
class FactReadControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FactQueries facts;
    @MockitoBean
    EventLog readModel;

    @Test
    void listParametersAreValidated() throws Exception {
        mvc.perform(get("/api/v1/facts").param("size", "500")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/facts").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/facts").param("kind", "RUMOUR")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/facts").param("force", "NATO")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/facts").param("page", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/timeline").param("from", "20-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/facts").param("page", "-1").param("size", "0").param("sort", "date")
                        .param("from", "2020-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("from", "page", "size", "sort")))
                .andExpect(jsonPath("$.errors[0].message").value("is not a real date"))
                .andExpect(jsonPath("$.errors[3].message").value(FactOrder.MESSAGE));
        verifyNoInteractions(facts);
    }
    @Test
    void anEmptyParameterIsAbsent() throws Exception {
        when(facts.search(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(FactOrder.WHEN),
                org.mockito.ArgumentMatchers.eq(0), org.mockito.ArgumentMatchers.eq(20)))
                .thenReturn(new PageOf<>(List.of(), 0, 20, 0));
        mvc.perform(get("/api/v1/facts").param("kind", "").param("force", " ").param("sort", ""))
                .andExpect(status().isOk());
        verify(facts).search(org.mockito.ArgumentMatchers.argThat(f -> f.kind() == null && f.force() == null),
                org.mockito.ArgumentMatchers.eq(FactOrder.WHEN), org.mockito.ArgumentMatchers.eq(0),
                org.mockito.ArgumentMatchers.eq(20));
    }
    @Test
    void fromAndToCoverWholePeriods() throws Exception {
        when(facts.search(any(), any(), eq(0), eq(20))).thenReturn(new PageOf<>(List.of(), 0, 20, 0));
        mvc.perform(get("/api/v1/facts").param("from", "2020").param("to", "2020-06").param("q", "عين"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        verify(facts).search(org.mockito.ArgumentMatchers.argThat(f -> f.from().equals(LocalDate.parse("2020-01-01"))
                && f.to().equals(LocalDate.parse("2020-07-01")) && f.q().equals("عين")), eq(FactOrder.WHEN), eq(0), eq(20));
    }
    @Test
    void anUnknownFactIs404() throws Exception {
        when(facts.current(eq("nope"), any())).thenReturn(Optional.empty());
        when(facts.history("nope")).thenReturn(List.of());
        mvc.perform(get("/api/v1/facts/nope")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/v1/facts/nope/history")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bases/nope/timeline")).andExpect(status().isNotFound());
    }
    @Test
    void aFactIsShapedAsTheContractSays() throws Exception {
        FactView fact = new FactView("f1", 2, "TROOP_LEVEL", org.sijill.fact.When.of("2021-12", org.sijill.fact.Precision.MONTH),
                "summary", "ملخص", Map.of("force", "US", "count", 2500),
                List.of(new SourceView("s", "Title", "Pub", "2021", "line 3, «x»")), "NORMAL", "ACTIVE",
                Instant.parse("2025-01-01T00:00:00Z"), "editor");
        when(facts.current(eq("f1"), any())).thenReturn(Optional.of(fact));
        mvc.perform(get("/api/v1/facts/f1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.when.date").value("2021-12"))
                .andExpect(jsonPath("$.when.until").doesNotExist())
                .andExpect(jsonPath("$.summaryAr").value("ملخص"))
                .andExpect(jsonPath("$.sources[0].locator").value("line 3, «x»"))
                .andExpect(jsonPath("$.recordedAt").value("2025-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.recordedBy").value("editor"));
    }
}

package org.sijill.web;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.sijill.client.ApiClient;
import org.sijill.client.api.BasesApi;
import org.sijill.client.api.EditingApi;
import org.sijill.client.api.FactsApi;
import org.sijill.client.api.PresenceApi;
import org.sijill.client.api.VocabularyApi;
import org.sijill.client.model.BaseLocation;
import org.sijill.client.model.NewFact;
import org.sijill.client.model.SourceRef;
import org.sijill.client.model.Troops;
import org.sijill.client.model.WhenInput;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java client generated from the API document (api/openapi.json, by openapi-generator during the build) answers
 * analyst questions and makes an editor's write, as a notebook user or another service would: the document is good
 * enough to build a working client from, nulls included.
 */
@SijillTest
class GeneratedClientIT {

    @LocalServerPort
    int port;

    private ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        }
        return client;
    }

    @Test
    void theAnalystQuestionsAreAnsweredThroughTheGeneratedClient() throws Exception {
        ApiClient anonymous = client(null, null);
        // 004 line 5: «بينهم 2500 أميركي» (9 December 2021).
        List<Troops> troops = new PresenceApi(anonymous).getPresence("2021-12-20", null, null, null, null, null).getTroops();
        assertThat(troops).filteredOn(t -> "US".equals(t.getForce().toString())).singleElement()
                .satisfies(us -> {
                    assertThat(us.getCount()).isEqualTo(2500L);
                    assertThat(us.getLow()).as("a null the document declares").isNull();
                });
        // Before 2003 no document gives a figure: the troops list is empty, not an error.
        assertThat(new PresenceApi(anonymous).getPresence("2002-06-01", null, null, null, null, null).getTroops()).isEmpty();
        assertThat(new BasesApi(anonymous).getBase("k1").getLocation().getPrecision())
                .isEqualTo(BaseLocation.PrecisionEnum.SITE);
        assertThat(new BasesApi(anonymous).getBase("sinbar").getLocation()).as("no guessed point").isNull();
        assertThat(new VocabularyApi(anonymous).getVocabulary().getKinds()).hasSize(org.sijill.fact.FactKind.values().length);
        assertThat(new FactsApi(anonymous).getFacts(null, null, null, null, null, null, "انسحاب القوات الامريكية", null,
                null, null, null, null).getTotal()).isPositive();
    }

    @Test
    void anEditorRecordsAFactThroughTheGeneratedClient() throws Exception {
        ApiClient editor = client("editor", SijillTest.EDITOR_PASSWORD);
        NewFact fact = new NewFact().kind(NewFact.KindEnum.MILESTONE)
                .when(new WhenInput().date("2024-05").precision(WhenInput.PrecisionEnum.MONTH))
                .data(Map.of("body", "generated client"))
                .sources(List.of(new SourceRef().sourceId("002_132dcbf3b4cce48d").locator("line 3")))
                .summaryEn("Recorded through the generated client.");
        var dry = new EditingApi(editor).recordFact(fact, null, true);
        assertThat(dry.getValid()).isTrue();
        var written = new EditingApi(editor).recordFactWithHttpInfo(fact, null, false);
        assertThat(written.getStatusCode()).isEqualTo(201);
        String location = written.getHeaders().get("location").get(0);
        String factId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(new FactsApi(client(null, null)).getFact(factId, null).getSummaryEn())
                .isEqualTo("Recorded through the generated client.");
    }
}

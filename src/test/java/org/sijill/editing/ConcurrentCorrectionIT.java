package org.sijill.editing;

import org.junit.jupiter.api.Test;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.ApiClient.EDITOR;

/** Two editors correct the same fact at the same moment: exactly one wins, the other gets 409. */
@SijillTest
class ConcurrentCorrectionIT {

    private static final int ROUNDS = 8;

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    @Test
    void exactlyOneOfTwoSimultaneousCorrectionsWins() throws Exception {
        ApiClient api = new ApiClient(port);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String factId = json.readTree(api.post("/api/v1/facts", EditingIT.fact(), EDITOR).getBody())
                        .get("factId").asString();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (String summary : new String[]{"first editor", "second editor"}) {
                    answers.add(editors.submit(() -> {
                        start.await();
                        return api.post("/api/v1/facts/" + factId + "/corrections",
                                "{\"expectedVersion\":1,\"reason\":\"r\",\"summaryEn\":\"" + summary + "\"}", EDITOR);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ResponseEntity<String>> answer : answers) {
                    statuses.add(answer.get().getStatusCode().value());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                var history = json.readTree(api.get("/api/v1/facts/" + factId + "/history", null).getBody());
                assertThat(history.size()).as("one correction stored").isEqualTo(2);
            }
        } finally {
            editors.shutdownNow();
        }
    }
}

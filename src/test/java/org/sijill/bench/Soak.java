package org.sijill.bench;

import org.sijill.SijillApplication;
import org.sijill.audit.Reconciliation;
import org.sijill.eventstore.EventLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/soak.sh --seconds N: 8 writers and 4 readers against one node for N seconds on the seeded
 * chronology; at the end every acknowledged write must be readable, errors zero, reconciliation clean.
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "300"));
        java.nio.file.Path dataDir = Files.createTempDirectory("sijill-soak");
        boolean passed;
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(SijillApplication.class).run(
                "--chronology.data-dir=" + dataDir, "--server.port=0",
                "--chronology.security.editor-password=soak", "--logging.level.root=warn")) {
            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("editor:soak".getBytes(StandardCharsets.UTF_8));
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            AtomicLong sequence = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                boolean writer = i < 8;
                Random random = new Random(i);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        try {
                            HttpRequest request = writer
                                    ? HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/facts"))
                                    .header("Content-Type", "application/json").header("Authorization", auth)
                                    // A claim of its own each time (a second fact stating an active claim is a 409):
                                    // a US troop level whose count is the write's number.
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"TROOP_LEVEL\",\"when\":{\"date\":\""
                                            + (2003 + random.nextInt(22)) + "\",\"precision\":\"YEAR\"},\"data\":{\"force\":\"US\","
                                            + "\"count\":" + (1_000_000 + sequence.incrementAndGet()) + "},\"sources\":[{\"sourceId\":\"004_381da1ff9ba8b82d\","
                                            + "\"locator\":\"line 5\"}],\"summaryEn\":\"soak\"}")).build()
                                    : HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/presence?on="
                                    + (2003 + random.nextInt(22)) + "-06-01")).GET().build();
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(response.headers().firstValue("Location").orElseThrow());
                            } else if (response.statusCode() == 200) {
                                reads.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long lost = acknowledged.stream().filter(location -> {
                try {
                    return client.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() != 200;
                } catch (Exception e) {
                    return true;
                }
            }).count();
            Reconciliation.Report report = node.getBean(Reconciliation.class).check();
            System.out.printf("Soak %d s: %d writes acknowledged, %d reads, %d errors, %d acknowledged writes lost,"
                    + " reconciliation consistent: %s%n", seconds, acknowledged.size(), reads.get(), errors.get(), lost,
                    report.consistent());
            passed = errors.get() == 0 && lost == 0 && report.consistent();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
        System.exit(passed ? 0 : 1);
    }
}

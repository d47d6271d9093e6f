package org.sijill.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Load over HTTP against the running node: presence reads and concurrent authenticated writes. */
final class HttpLoad {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    HttpLoad(int port, String editorPassword) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("editor:" + editorPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** GET /presence at random dates (1996-2025) and random asKnownAt within the record's span. */
    Latencies presence(int requests, long seed, Instant knownFrom, Instant knownTo) throws Exception {
        return reads(requests, seed, knownFrom, knownTo, "/api/v1/presence?on=%s&asKnownAt=%s");
    }

    /** GET /presence for one base at random dates and instants (the subject filter). */
    Latencies presenceOfOne(int requests, long seed, Instant knownFrom, Instant knownTo) throws Exception {
        return reads(requests, seed, knownFrom, knownTo, "/api/v1/presence?on=%s&asKnownAt=%s&baseId=bench-base-"
                + (seed % SyntheticChronology.BASES));
    }

    /** GET /presence/series for one force (US) from 1996, as known at random instants. */
    Latencies series(int requests, long seed, Instant knownFrom, Instant knownTo) throws Exception {
        return reads(requests, seed, knownFrom, knownTo, "/api/v1/presence/series?force=US&from=1996&to=%.0s2026&asKnownAt=%s");
    }

    /** GET /presence/series?type=BASE (every base's series in one answer) from 1996, as known at random instants. */
    Latencies baseSeries(int requests, long seed, Instant knownFrom, Instant knownTo) throws Exception {
        return reads(requests, seed, knownFrom, knownTo, "/api/v1/presence/series?type=BASE&from=1996&to=%.0s2026&asKnownAt=%s");
    }

    /**
     * A view of the page as it loads, at random dates and instants: its requests sent together (the page asks them
     * with Promise.all), timed until the last answer is in. The URIs take the date and the instant.
     */
    Latencies view(int rounds, long seed, Instant knownFrom, Instant knownTo, String... uris) throws Exception {
        return timed(rounds, 10, seed, knownFrom, knownTo, uris);
    }

    private Latencies reads(int requests, long seed, Instant knownFrom, Instant knownTo, String uri) throws Exception {
        return timed(requests, 50, seed, knownFrom, knownTo, uri);
    }

    /** {@code rounds} timed rounds after {@code warmUp} untimed ones, each sending every URI at once. */
    private Latencies timed(int rounds, int warmUp, long seed, Instant knownFrom, Instant knownTo, String... uris)
            throws Exception {
        Random random = new Random(seed);
        Latencies latencies = new Latencies();
        for (int i = 0; i < rounds + warmUp; i++) {
            LocalDate on = LocalDate.of(1996, 1, 1).plusDays(random.nextInt(30 * 365));
            Instant at = knownFrom.plusMillis((long) (random.nextDouble() * (knownTo.toEpochMilli() - knownFrom.toEpochMilli())));
            long start = System.nanoTime();
            List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (String uri : uris) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + uri.formatted(on, at))).GET()
                        .build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            long bytes = 0;
            for (var answer : answers) {
                if (answer.get().statusCode() != 200) {
                    throw new IllegalStateException(answer.get().uri() + " answered " + answer.get().statusCode());
                }
                bytes += answer.get().body().length;
            }
            if (i >= warmUp) {
                latencies.add((System.nanoTime() - start) / 1000);
                latencies.addBytes(bytes);
            }
        }
        return latencies;
    }

    record WriteLoad(long written, long errors, double seconds, Latencies latencies) {
    }

    /** {@code clients} threads POST /facts for {@code seconds}. */
    WriteLoad writes(int clients, int seconds, long seed) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong written = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Random random = new Random(seed + t);
            int clientNumber = t;
            Thread thread = new Thread(() -> {
                // A claim of its own each time (the contract refuses a second fact stating an active claim): a base's
                // status on a day, the (base, day) pair unique across clients.
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    long k = clientNumber + (long) clients * n;
                    String body = "{\"kind\":\"BASE_STATUS\",\"when\":{\"date\":\""
                            + java.time.LocalDate.of(1990, 1, 1).plusDays(k / SyntheticChronology.BASES)
                            + "\",\"precision\":\"DAY\"},\"data\":{\"baseId\":\"bench-base-" + (k % SyntheticChronology.BASES)
                            + "\",\"status\":\"HANDED_OVER\"},\"sources\":"
                            + "[{\"sourceId\":\"bench-src-1\",\"locator\":\"p. 1\"}],\"summaryEn\":\"Load-test claim "
                            + random.nextInt(1000) + "\"}";
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/facts"))
                                .header("Content-Type", "application/json").header("Authorization", authorization)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            written.incrementAndGet();
                            latencies.add((System.nanoTime() - start) / 1000);
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
        return new WriteLoad(written.get(), errors.get(), seconds, latencies);
    }
}

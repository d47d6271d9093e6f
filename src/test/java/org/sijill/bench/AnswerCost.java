package org.sijill.bench;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Where a read's time goes, measured inside the JVM without HTTP: the answer computed (the SQL, the rows read into
 * claims, the presence rule) and then written as JSON by the server's own mapper. The HTTP figure less these two is
 * the web stack and the transfer; the serialising time of an answer of that size is the floor no read model lowers.
 */
record AnswerCost(Latencies compute, Latencies serialize) {

    /**
     * {@code rounds} answers at random dates (1996-2025) and instants in [knownFrom, knownTo), drawn as
     * {@link HttpLoad} draws them, after 5 untimed ones.
     */
    static AnswerCost of(BiFunction<LocalDate, Instant, Object> answer, JsonMapper json, int rounds, long seed,
                         Instant knownFrom, Instant knownTo) {
        Random random = new Random(seed);
        Latencies compute = new Latencies();
        Latencies serialize = new Latencies();
        for (int i = 0; i < rounds + 5; i++) {
            LocalDate on = LocalDate.of(1996, 1, 1).plusDays(random.nextInt(30 * 365));
            Instant at = knownFrom.plusMillis((long) (random.nextDouble() * (knownTo.toEpochMilli() - knownFrom.toEpochMilli())));
            long start = System.nanoTime();
            Object value = answer.apply(on, at);
            long computed = System.nanoTime();
            byte[] bytes = json.writeValueAsBytes(value);
            long written = System.nanoTime();
            if (i >= 5) {
                compute.add((computed - start) / 1000);
                serialize.add((written - computed) / 1000);
                serialize.addBytes(bytes.length);
            }
        }
        return new AnswerCost(compute, serialize);
    }
}

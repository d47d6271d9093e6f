package org.sijill.audit;

import org.sijill.readmodel.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * On start, after the bundled chronology is imported: a read model whose rows an earlier release derived
 * differently ({@link ReadModel#derivation()} above the number recorded in {@code read_model_derivation}) is rebuilt
 * from the events by a replay with repair, in the background; the new numbers are recorded once the rebuilt tables
 * are swapped in. Reads go on from the old rows meanwhile.
 *
 * <p>If the process stops before the swap, nothing is recorded and the next start rebuilds again. If another
 * node is already replaying, this one does not start a second replay and records nothing; the next start looks
 * again. A store whose read model has no row yet (a new installation) only records the current numbers.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DerivationUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DerivationUpgrade.class);

    private final List<ReadModel> models;
    private final ReplayRunner replay;
    private final JdbcClient jdbc;
    private volatile java.util.concurrent.CompletableFuture<Void> upgraded =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    DerivationUpgrade(List<ReadModel> models, ReplayRunner replay, JdbcClient jdbc) {
        this.models = List.copyOf(models);
        this.replay = replay;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Integer> recorded = jdbc.sql("SELECT name, derivation FROM read_model_derivation")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ReadModel> behind = models.stream()
                .filter(m -> recorded.containsKey(m.name()) && recorded.get(m.name()) < m.derivation()).toList();
        models.stream().filter(m -> !recorded.containsKey(m.name())).forEach(this::record);
        if (behind.isEmpty()) {
            return;
        }
        String names = behind.stream().map(ReadModel::name).collect(Collectors.joining(", "));
        if (!replay.start(true)) {
            log.warn("Read models derived by an earlier release ({}) are not rebuilt now: a replay is already running;"
                    + " the next start looks again", names);
            return;
        }
        log.info("Rebuilding read models derived by an earlier release from the events: {}", names);
        upgraded = replay.finished().thenAccept(status -> {
            if (status != null && status.swapped()) {
                behind.forEach(this::record);
                log.info("Read models rebuilt and swapped in: {}", names);
            } else {
                log.warn("Rebuilding {} did not finish ({}); the next start tries again", names,
                        status == null ? "no status" : status.detail());
            }
        });
    }

    /** Completes once the latest rebuild this node started has been recorded (or found unfinished). */
    java.util.concurrent.CompletableFuture<Void> upgraded() {
        return upgraded;
    }

    private void record(ReadModel model) {
        jdbc.sql("""
                INSERT INTO read_model_derivation (name, derivation) VALUES (:name, :derivation)
                ON CONFLICT (name) DO UPDATE SET derivation = EXCLUDED.derivation""")
                .param("name", model.name()).param("derivation", model.derivation()).update();
    }
}

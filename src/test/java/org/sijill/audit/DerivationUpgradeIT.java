package org.sijill.audit;

import org.junit.jupiter.api.Test;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade from a release that derived fact_version's rows differently: start-up's {@link DerivationUpgrade}
 * rebuilds them from the events (a replay with repair) and records the new derivation only once they are swapped in;
 * a read model already current is left alone.
 */
@SijillTest
class DerivationUpgradeIT {

    @Autowired
    DerivationUpgrade upgrade;
    @Autowired
    ReplayRunner replay;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsAnEarlierReleaseDerivedAreRebuiltAndTheNewDerivationRecorded() throws Exception {
        assertThat(derivation()).as("a new installation records the current number").isEqualTo(2);
        jdbc.update("UPDATE read_model_derivation SET derivation = 1 WHERE name = 'fact-versions'");
        jdbc.update("UPDATE fact_version SET search_text = 'as an earlier release derived it'");

        upgrade.run(null);
        upgrade.upgraded().get(2, TimeUnit.MINUTES);
        ReplayStatus status = replay.finished().get(2, TimeUnit.MINUTES);

        assertThat(status.swapped()).isTrue();
        assertThat(status.repair()).isTrue();
        assertThat(derivation()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM fact_version WHERE search_text = ?", Long.class,
                "as an earlier release derived it")).isZero();

        upgrade.run(null);
        assertThat(replay.finished().get(2, TimeUnit.MINUTES).startedAt()).as("nothing behind: no second replay")
                .isEqualTo(status.startedAt());
    }

    private Integer derivation() {
        return jdbc.queryForObject("SELECT derivation FROM read_model_derivation WHERE name = 'fact-versions'",
                Integer.class);
    }
}

package org.sijill.record;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelProgressTest {

    private final ReadModelProgress progress = new ReadModelProgress();

    private static GapAwareTrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }

    @Test
    void coversOnlyWhenEveryKnownSegmentHasCommittedThatFar() {
        progress.committed(FactVersionProjection.GROUP, 0, at(10));
        assertThat(progress.covers(Set.of(0), 10)).isTrue();
        assertThat(progress.covers(Set.of(0), 11)).isFalse();
        assertThat(progress.covers(Set.of(0, 1), 5)).as("segment 1 is processed elsewhere").isFalse();
        assertThat(progress.covers(Set.of(), 5)).as("segments not yet known").isFalse();
    }

    @Test
    void aReleasedClaimAndOtherProcessorsTeachNothing() {
        progress.committed("registry", 0, at(50));
        assertThat(progress.covers(Set.of(0), 1)).isFalse();
        progress.committed(FactVersionProjection.GROUP, 0, at(50));
        progress.released(FactVersionProjection.GROUP, 0);
        assertThat(progress.covers(Set.of(0), 1)).as("another node may take the segment over").isFalse();
    }

    @Test
    void aCommitWakesAWaiter() throws Exception {
        long seen = progress.changes();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                progress.awaitAfter(seen, TimeUnit.HOURS.toNanos(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        progress.committed(FactVersionProjection.GROUP, 0, at(3));
        waiting.get(30, TimeUnit.SECONDS);
        assertThat(progress.changes()).isGreaterThan(seen);
    }
}

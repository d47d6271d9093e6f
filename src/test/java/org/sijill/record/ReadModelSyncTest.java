package org.sijill.record;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelSyncTest {

    @Test
    void aTokenCoversAnIndexItHasPassedUnlessThatIndexIsAGap() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, Set.of(7L));
        assertThat(ReadModelSync.covers(token, 10)).isTrue();
        assertThat(ReadModelSync.covers(token, 8)).isTrue();
        assertThat(ReadModelSync.covers(token, 7)).as("a gap: committed late, not yet applied").isFalse();
        assertThat(ReadModelSync.covers(token, 11)).isFalse();
        assertThat(ReadModelSync.covers(null, 0)).isFalse();
    }

    @Test
    void duringAReplayTheCurrentPositionCounts() {
        GapAwareTrackingToken head = GapAwareTrackingToken.newInstance(100, Set.of());
        GapAwareTrackingToken current = GapAwareTrackingToken.newInstance(40, Set.of());
        assertThat(ReadModelSync.covers(ReplayToken.createReplayToken(head, current), 40)).isTrue();
        assertThat(ReadModelSync.covers(ReplayToken.createReplayToken(head, current), 41)).isFalse();
    }
}

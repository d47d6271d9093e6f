package org.sijill.editing;

import org.junit.jupiter.api.Test;
import org.sijill.record.ReadModelSync;
import org.sijill.web.ReadModelLagException;
import org.springframework.dao.DataAccessResourceFailureException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Once a write has committed, a failing database is reported as "stored, not yet readable", never as a refusal. */
class WritesTest {

    @Test
    void aDatabaseFailureAfterTheCommitIsNotReportedAsNothingStored() {
        ReadModelSync readModel = mock(ReadModelSync.class);
        when(readModel.lastIndexOf(anyString())).thenThrow(new DataAccessResourceFailureException("connection lost"));
        Writes writes = new Writes(mock(GroupCommit.class), readModel, Duration.ofSeconds(1));
        assertThatThrownBy(() -> writes.awaitReadable("f-1")).isInstanceOf(ReadModelLagException.class)
                .hasMessageContaining("is stored");
    }
}

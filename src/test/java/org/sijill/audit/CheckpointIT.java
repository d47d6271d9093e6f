package org.sijill.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.ApiClient;
import org.sijill.SijillTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sijill.ApiClient.ANALYST;
import static org.sijill.ApiClient.AUDITOR;
import static org.sijill.ApiClient.EDITOR;

/**
 * Signed heads (C2SP signed-note checkpoints): the checkpoint is signed by the published key and names the export's
 * size and last hash; an export is checked against it offline; a rewritten history and a forged checkpoint are caught;
 * a newer export must begin with the older one.
 */
@SijillTest
class CheckpointIT {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void aSignedCheckpointMatchesTheExportAndCatchesARewrittenHistory() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/audit/checkpoint", ANALYST).getStatusCode().value()).isEqualTo(403);
        String key = api.get("/api/v1/audit/checkpoint/key", AUDITOR).getBody();
        Path older = dir.resolve("older.ndjson");
        Files.writeString(older, api.get("/api/v1/audit/events", AUDITOR).getBody());
        String note = api.get("/api/v1/audit/checkpoint", AUDITOR).getBody();
        assertThat(note).startsWith("sijill\n").contains("\n\n\u2014 sijill ");
        Checkpoint.Head head = Checkpoint.verify(note, key);
        List<String> lines = Files.readAllLines(older);
        assertThat(head.size()).isEqualTo(lines.size());
        assertThat(lines.get(lines.size() - 1)).contains("\"hash\":\"" + head.hashHex() + "\"");
        assertThat(ExportVerifier.againstCheckpoint(older, note, key)).isNull();

        api.post("/api/v1/facts", "{\"kind\":\"MILESTONE\",\"when\":{\"date\":\"2024\",\"precision\":\"YEAR\"},"
                + "\"data\":{},\"sources\":[{\"sourceId\":\"002_132dcbf3b4cce48d\",\"locator\":\"line 3\"}],"
                + "\"summaryEn\":\"after the checkpoint\"}", EDITOR);
        Path newer = dir.resolve("newer.ndjson");
        Files.writeString(newer, api.get("/api/v1/audit/events", AUDITOR).getBody());
        assertThat(ExportVerifier.againstCheckpoint(newer, note, key)).as("a newer export still reaches it").isNull();
        assertThat(ExportVerifier.extendsOlder(newer, older)).isNull();

        Path rewritten = dir.resolve("rewritten.ndjson");
        List<String> changed = new java.util.ArrayList<>(Files.readAllLines(older));
        changed.set(0, changed.get(0).replace("\"seq\":", "\"seq\": "));
        changed.set(changed.size() - 1, changed.get(changed.size() - 1).replace(head.hashHex(), "0".repeat(64)));
        Files.write(rewritten, changed);
        assertThat(ExportVerifier.againstCheckpoint(rewritten, note, key)).contains("rewritten");
        assertThat(ExportVerifier.extendsOlder(rewritten, older)).contains("line 1");

        String forged = note.replaceFirst("\n\\d+\n", "\n1\n");
        assertThatThrownBy(() -> Checkpoint.verify(forged, key)).hasMessageContaining("does not match");
        assertThat(ExportVerifier.againstCheckpoint(older, forged, key)).startsWith("not signed");
    }
}

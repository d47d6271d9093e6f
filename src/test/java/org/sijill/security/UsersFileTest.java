package org.sijill.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFileTest {

    private static final String HASH = "$2a$10$ujB1HcoJ8dldRnfWVUL8Tek0WW/.b5sOeS1IkUI56QONVzpt6PU.K";

    @TempDir
    Path dir;

    @Test
    void readsOneAccountALineSkippingCommentsAndBlanks() throws Exception {
        List<UserDetails> users = UsersFile.read(write("# editors\n\nalice:EDITOR:" + HASH + "\nbob.k:AUDITOR:" + HASH + "\n"));
        assertThat(users).extracting(UserDetails::getUsername).containsExactly("alice", "bob.k");
        assertThat(users.get(0).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
        assertThat(users.get(0).getPassword()).isEqualTo(HASH);
    }

    @Test
    void aMalformedLineStopsTheStartNamingItsLine() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(write("alice:EDITOR:" + HASH + "\nbob:OWNER:" + HASH)))
                .hasMessageContaining("line 2").hasMessageContaining("ANALYST, EDITOR or AUDITOR");
        assertThatThrownBy(() -> UsersFile.read(write("carol:EDITOR:plaintext")))
                .hasMessageContaining("line 1").hasMessageContaining("BCrypt");
        assertThatThrownBy(() -> UsersFile.read(write("no colons here"))).hasMessageContaining("name:ROLE:bcrypt-hash");
        assertThatThrownBy(() -> UsersFile.read(write("bad name:EDITOR:" + HASH))).hasMessageContaining("name");
        assertThatThrownBy(() -> UsersFile.read(dir.resolve("missing.txt"))).hasMessageContaining("cannot be read");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("users-" + System.nanoTime() + ".txt");
        Files.writeString(file, text);
        return file;
    }
}

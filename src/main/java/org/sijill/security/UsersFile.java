package org.sijill.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Personal accounts from {@code CHRONOLOGY_USERS_FILE} (CONTRACT.md): one a line, {@code name:ROLE:bcrypt-hash},
 * ROLE one of ANALYST, EDITOR, AUDITOR; blank lines and lines starting with {@code #} are ignored. A
 * malformed line stops the start with its line number: a typo must not silently lock someone out or in.
 */
final class UsersFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Map<String, String> ROLES = Map.of("ANALYST", SecurityConfig.ANALYST,
            "EDITOR", SecurityConfig.EDITOR, "AUDITOR", SecurityConfig.AUDITOR);

    private UsersFile() {
    }

    static List<UserDetails> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("CHRONOLOGY_USERS_FILE " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 3);
            String where = file + " line " + (i + 1) + ": ";
            if (parts.length != 3) {
                throw new IllegalStateException(where + "expected name:ROLE:bcrypt-hash");
            }
            if (!NAME.matcher(parts[0]).matches()) {
                throw new IllegalStateException(where + "the name must be 1-100 letters, digits, '.', '_', '@' or '-'");
            }
            String role = ROLES.get(parts[1]);
            if (role == null) {
                throw new IllegalStateException(where + "the role must be ANALYST, EDITOR or AUDITOR");
            }
            if (!BCRYPT.matcher(parts[2]).matches()) {
                throw new IllegalStateException(where + "the password must be a BCrypt hash ($2a$, $2b$ or $2y$)");
            }
            users.add(User.withUsername(parts[0]).password(parts[2]).roles(role).build());
        }
        return users;
    }
}

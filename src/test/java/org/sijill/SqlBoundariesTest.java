package org.sijill;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boundaries that run through SQL strings: only {@code eventstore} names the event store's tables (the
 * other features ask its {@code EventLog} port), and no SQL names an event class (types are passed as
 * classes). ArchUnit sees types, not strings, hence this reading of the sources.
 */
class SqlBoundariesTest {

    private static final Path MAIN = Path.of("src/main/java/org/sijill");
    private static final Pattern EVENT_STORE_TABLES = Pattern.compile(
            "\\b(domain_event_entry|snapshot_event_entry|event_hash|event_chain_head)\\b");
    private static final Pattern FACT_TABLES = Pattern.compile("\\b(fact_version|presence_subject)\\b");
    private static final Pattern SQL_WRITE = Pattern.compile("\\b(INSERT INTO|UPDATE|DELETE FROM)\\b");
    private static final Pattern CLASS_NAME_IN_SQL = Pattern.compile("'org\\.sijill\\.[a-z]+\\.[A-Z]\\w*'");

    @Test
    void onlyTheEventStoreNamesItsTables() throws IOException {
        assertThat(filesMatching(EVENT_STORE_TABLES)).isNotEmpty()
                .allSatisfy(file -> assertThat(file).startsWith(MAIN.resolve("eventstore")));
    }

    /** The facts read model is record's: presence and the exports read it, and only record writes it. */
    @Test
    void onlyRecordWritesTheFactTablesAndOnlyPresenceAndExportsReadThemBeside() throws IOException {
        assertThat(filesMatching(FACT_TABLES)).isNotEmpty().allSatisfy(file -> assertThat(
                List.of("record", "presence", "export").stream().anyMatch(p -> file.startsWith(MAIN.resolve(p)))).isTrue());
        assertThat(filesMatching(SQL_WRITE)).anyMatch(file -> file.startsWith(MAIN.resolve("record")))
                .noneMatch(file -> file.startsWith(MAIN.resolve("presence")) || file.startsWith(MAIN.resolve("export")));
    }

    @Test
    void noSqlNamesAClass() throws IOException {
        assertThat(filesMatching(CLASS_NAME_IN_SQL)).isEmpty();
    }

    private static List<Path> filesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return pattern.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}

package org.sijill.seed;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijill.fact.FactKind;
import org.sijill.fact.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated chronology against its five documents: every fact is cited, every locator's quote
 * stands on the line it names, and disagreements between documents are kept. The documents are
 * third-party texts the project never contains: they are read from {@code CHRONOLOGY_SOURCES_DIR}, or
 * from {@code ../shared/seeds} beside the checkout; without them the locator test says that it
 * skipped ({@code .ci/run} provides them, so CI never skips).
 */
class SeedFidelityTest {

    static final Path DOCUMENTS = documents();
    private static final Pattern LOCATOR = Pattern.compile("line (\\d+), .*«(.+)»");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private static SeedCatalogue catalogue;
    private static Map<String, List<String>> documents;

    @BeforeAll
    static void load() throws IOException {
        catalogue = SeedCatalogue.load();
        documents = new HashMap<>();
        if (DOCUMENTS == null) {
            System.out.println("SKIPPED: the source documents are not here (set CHRONOLOGY_SOURCES_DIR or put "
                    + "shared/seeds beside the checkout): locators are not compared with the documents");
            return;
        }
        try (var files = Files.list(DOCUMENTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                documents.put(id, Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
    }

    static Path documents() {
        String configured = System.getenv("CHRONOLOGY_SOURCES_DIR");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared", "seeds");
        return Files.isDirectory(dir) ? dir : null;
    }

    @Test
    void everyFactCitesADocumentWithALocatorWhoseQuoteStandsOnTheNamedLine() {
        Assumptions.assumeTrue(DOCUMENTS != null, "SKIPPED: source documents not found (CHRONOLOGY_SOURCES_DIR "
                + "or ../shared/seeds); locators were not compared with the documents");
        List<String> problems = new ArrayList<>();
        for (SeedFile.FactSeed fact : catalogue.facts()) {
            if (fact.sources() == null || fact.sources().isEmpty()) {
                problems.add(fact.factId() + ": no source");
                continue;
            }
            for (SourceRef ref : fact.sources()) {
                Matcher m = LOCATOR.matcher(ref.locator() == null ? "" : ref.locator());
                List<String> lines = documents.get(ref.sourceId());
                if (lines == null) {
                    problems.add(fact.factId() + ": unknown document " + ref.sourceId());
                } else if (!m.matches()) {
                    problems.add(fact.factId() + ": locator is not 'line N, «quote»': " + ref.locator());
                } else {
                    int line = Integer.parseInt(m.group(1));
                    if (line < 1 || line > lines.size() || !lines.get(line - 1).contains(m.group(2))) {
                        problems.add(fact.factId() + ": quote not on line " + line + " of " + ref.sourceId());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDocumentIsCitedAndEveryKindIsCovered() {
        Map<String, Long> perDocument = catalogue.facts().stream()
                .flatMap(f -> f.sources().stream().map(SourceRef::sourceId).distinct())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(perDocument.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.sourceIds());
        assertThat(perDocument.values()).allMatch(n -> n >= 10);
        assertThat(catalogue.facts().stream().map(SeedFile.FactSeed::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(FactKind.values());
    }

    @Test
    void disagreementsBetweenDocumentsAreKeptAsSeparateClaims() {
        assertThat(valuesBySource("members")).containsEntry("000_70d14e5a34794a2a", Set.of("84"))
                .containsEntry("003_6d1ae59b45ca46dd", Set.of("60", "86"));
        assertThat(catalogue.facts().stream()
                .filter(f -> f.kind() == FactKind.MISSION_PHASE && "ADVISE_ASSIST_ENABLE".equals(f.data().get("phase")))
                .map(f -> f.when().date()).collect(Collectors.toSet()))
                .contains("2021-12-09", "2021-12-25", "2021-12-29");
        assertThat(catalogue.facts().stream()
                .filter(f -> "combat-end-2021".equals(f.data().get("agreementId")))
                .map(f -> f.when().date()).collect(Collectors.toSet()))
                .contains("2021-06", "2021-07-06", "2021-07-26");
        assertThat(catalogue.facts().stream().filter(f -> f.data().get("rounds") != null)
                .map(f -> f.data().get("rounds")).collect(Collectors.toSet())).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void datesWrittenInArabicIndicDigitsAreReadCorrectly() {
        int checked = 0;
        for (SeedFile.FactSeed fact : catalogue.facts()) {
            for (SourceRef ref : fact.sources()) {
                String quote = ref.locator();
                if (quote.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669')) {
                    Set<String> years = years(western(quote));
                    if (!years.isEmpty()) {
                        assertThat(years).as(fact.factId()).contains(fact.when().date().substring(0, 4));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    private static Map<String, Set<String>> valuesBySource(String key) {
        return catalogue.facts().stream().filter(f -> f.data().get(key) != null)
                .collect(Collectors.groupingBy(f -> f.sources().get(0).sourceId(),
                        Collectors.mapping(f -> String.valueOf(f.data().get(key)), Collectors.toSet())));
    }

    private static String western(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x0660 && c <= 0x0669 ? '0' + (c - 0x0660) : c));
        return out.toString();
    }

    private static Set<String> years(String text) {
        Set<String> years = new java.util.HashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group());
        }
        return years;
    }
}

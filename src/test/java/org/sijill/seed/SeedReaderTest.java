package org.sijill.seed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedReaderTest {

    @Test
    void readsEverySection() {
        SeedFile file = read("""
                sources: [ { sourceId: s, title: T, publisher: P, published: "2024", language: ar } ]
                bases: [ { baseId: b, nameEn: B, nameAr: "ب", aliases: [x] } ]
                agreements: [ { agreementId: a, nameEn: A, nameAr: "أ" } ]
                facts:
                  - { factId: f, kind: MILESTONE, when: { date: "2024", precision: YEAR }, data: {}, summaryEn: S,
                      sources: [ { sourceId: s, locator: "p. 1" } ] }
                """);
        assertThat(file.size()).isEqualTo(4);
        assertThat(file.bases().get(0).aliases()).containsExactly("x");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> read("""
                facts:
                  - factId: f
                    kind: MILESTONE
                    summery: typo
                """)).isInstanceOf(SeedException.class)
                .hasMessageContaining("Seed file test.yml, entry facts[0].summery (near line")
                .hasMessageContaining("summery");
    }

    @Test
    void anUnknownKindOrPrecisionIsAnError() {
        assertThatThrownBy(() -> read("facts: [ { factId: f, kind: RUMOUR } ]"))
                .isInstanceOf(SeedException.class).hasMessageContaining("RUMOUR");
        assertThatThrownBy(() -> read("facts: [ { factId: f, when: { date: '2024', precision: WEEK } } ]"))
                .isInstanceOf(SeedException.class).hasMessageContaining("WEEK");
    }

    @Test
    void malformedYamlIsAnError() {
        assertThatThrownBy(() -> read("facts: [ { factId: f, kind: "))
                .isInstanceOf(SeedException.class).hasMessageContaining("test.yml");
    }

    @Test
    void anIdRepeatedInOneFileIsAnError() {
        assertThatThrownBy(() -> read("""
                bases: [ { baseId: k1, nameEn: K, nameAr: "ك" } ]
                facts: [ { factId: k1, kind: MILESTONE } ]
                """)).isInstanceOf(SeedException.class)
                .hasMessageContaining("entry k1: the id appears more than once");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(SeedException.class).hasMessageContaining("is empty");
    }

    private static SeedFile read(String yaml) {
        return SeedReader.read("test.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.sijill.seed;

import org.junit.jupiter.api.Test;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sijill.SijillTest;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactCorrection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled chronology is imported on first start through the command path, once. */
@SijillTest
class SeedImportIT {

    @Autowired
    SeedImporter importer;
    @Autowired
    CommandGateway commands;
    @Autowired
    SeedOnStartup startup;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWholeChronologyIsImportedOnFirstStartByTheImporter() throws Exception {
        SeedCatalogue catalogue = SeedCatalogue.load();
        assertThat(jdbc.queryForList("select aggregate_identifier from domain_event_entry"
                        + " where payload_type = 'org.sijill.fact.FactRecorded' and aggregate_identifier not like 'extra-%'"
                        + " and convert_from(payload, 'UTF8')::jsonb ->> 'recordedBy' = ?", String.class, SeedImporter.EDITOR))
                .containsExactlyInAnyOrderElementsOf(catalogue.facts().stream().map(SeedFile.FactSeed::factId).toList());
        assertThat(count("org.sijill.source.SourceRegistered")).isEqualTo(5);
        assertThat(count("org.sijill.base.BaseRegistered")).isEqualTo(catalogue.bases());
        assertThat(count("org.sijill.agreement.AgreementRegistered")).isEqualTo(catalogue.agreements());
        assertThat(catalogue.facts()).hasSizeGreaterThan(100);
        assertThat(startup.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(jdbc.queryForList("select distinct convert_from(payload, 'UTF8')::jsonb ->> 'recordedBy'"
                + " from domain_event_entry where aggregate_identifier in (select source_id from source)", String.class))
                .contains(SeedImporter.EDITOR);
    }

    @Autowired
    org.sijill.base.BaseCatalog bases;

    @Test
    void bundledBasesCarryAPointWithItsPrecisionAndReferenceOrSayWhyNot() {
        var k1 = bases.find("k1").orElseThrow();
        assertThat(k1.getLocation()).isNotNull();
        assertThat(k1.getLocation().precision()).isEqualTo("SITE");
        assertThat(k1.getLocation().reference()).isNotBlank();
        var sinbar = bases.find("sinbar").orElseThrow();
        assertThat(sinbar.getLocation()).as("an uncertain identity gets no guessed point").isNull();
        assertThat(sinbar.getLocationNote()).contains("Identity uncertain");
        List<SeedFile.BaseSeed> bundled;
        try (var in = java.nio.file.Files.newInputStream(SeedCatalogue.SEEDS.resolve("00-registry.yml"))) {
            bundled = SeedReader.read("00-registry.yml", in).bases();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(bundled).hasSizeGreaterThan(20).allSatisfy(seed -> {
            var base = bases.find(seed.baseId()).orElseThrow();
            assertThat(base.getLocation() != null ^ base.getLocationNote() != null)
                    .as(seed.baseId() + ": a point or a note saying why there is none").isTrue();
            assertThat(base.getLocation()).isEqualTo(seed.location());
        });
    }

    @Test
    void aBaseRegisteredWithoutAPointIsLocatedByALaterImportOnceAndNotOverAnEditorsWord() {
        String id = "extra-loc-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String bare = "bases:\n  - { baseId: %s, nameEn: B, nameAr: ب, aliases: [] }\n".formatted(id);
        String located = "bases:\n  - { baseId: %s, nameEn: B, nameAr: ب, aliases: [], province: Anbar,\n"
                .formatted(id) + "      location: { lat: 33.1, lon: 43.2, precision: AREA, reference: \"test\" } }\n";
        importer.importAll(List.of(seed("bare.yml", bare)));
        assertThat(bases.find(id).orElseThrow().getLocation()).isNull();
        assertThat(importer.importAll(List.of(seed("located.yml", located))).revised()).isEqualTo(1);
        assertThat(bases.find(id).orElseThrow().getLocation())
                .isEqualTo(new org.sijill.base.BaseLocation(33.1, 43.2, "AREA", "test"));
        assertThat(bases.find(id).orElseThrow().getProvince()).isEqualTo("Anbar");
        assertThat(importer.importAll(List.of(seed("located.yml", located))).revised()).isZero();
        commands.sendAndWait(new org.sijill.base.LocateBase(id, "Anbar", null, "moved by an editor", null, "editor",
                Instant.now()));
        assertThat(importer.importAll(List.of(seed("located.yml", located))).revised()).isZero();
        assertThat(bases.find(id).orElseThrow().getLocationNote()).isEqualTo("moved by an editor");
    }

    @Autowired
    org.sijill.source.SourceCatalog sources;

    /** With CHRONOLOGY_SOURCES_DIR (.ci/run sets it) the import stored each document, so the app checked every locator. */
    @Test
    void theSourceDocumentsAreStoredWithTheirHashWhenTheDeploymentHasThem() throws Exception {
        String dir = System.getenv("CHRONOLOGY_SOURCES_DIR");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && java.nio.file.Files.isDirectory(
                java.nio.file.Path.of(dir)), "SKIPPED: no CHRONOLOGY_SOURCES_DIR: source texts were not stored");
        for (var source : sources.all()) {
            if (source.getSeedFile() == null) {
                continue;
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(dir, source.getSeedFile()));
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
            assertThat(source.getTextSha256()).as(source.getSourceId()).isEqualTo(sha);
            assertThat(source.getTextLines()).isEqualTo((int) new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .lines().count());
        }
    }

    @Test
    void importingAgainRecordsNothing() throws Exception {
        int before = total();
        ImportReport again = importer.importAll(startup.bundled());
        assertThat(again.recorded()).isZero();
        assertThat(again.skipped()).isEqualTo(SeedCatalogue.load().entries());
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aBadEntryStopsTheImportNamingFileEntryAndProblemAndStoresNothingOfItsFile() {
        int before = total();
        String yaml = """
                sources:
                  - { sourceId: extra-doc, title: T, publisher: P, published: "2024", language: en }
                facts:
                  - factId: extra-good
                    kind: TROOP_LEVEL
                    when: { date: "2024-01", precision: MONTH }
                    data: { force: US, count: 2501 }
                    summaryEn: "fine"
                    sources: [ { sourceId: extra-doc, locator: "p. 1" } ]
                  - factId: extra-bad
                    kind: TROOP_LEVEL
                    when: { date: "2024-13", precision: MONTH }
                    data: { force: US, count: -1 }
                    summaryEn: "broken"
                    sources: [ { sourceId: extra-doc, locator: "p. 2" } ]
                """;
        assertThatThrownBy(() -> importer.importAll(List.of(seed("extra.yml", yaml))))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("extra.yml")
                .hasMessageContaining("facts[1] (extra-bad)")
                .hasMessageContaining("when.date")
                .hasMessageContaining("data.count");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aFactCitingAnUnknownSourceIsRefused() {
        String yaml = """
                facts:
                  - factId: extra-orphan
                    kind: STATEMENT
                    when: { date: "2024", precision: YEAR }
                    data: { speaker: someone }
                    summaryEn: "cites nothing known"
                    sources: [ { sourceId: no-such-source, locator: "p. 1" } ]
                """;
        assertThatThrownBy(() -> importer.importAll(List.of(seed("orphan.yml", yaml))))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("orphan.yml, entry facts[0] (extra-orphan)")
                .hasMessageContaining("unknown source no-such-source");
    }

    @Test
    void anAdditionalFileIsImportedAndItsIdsAreNotImportedTwice() {
        String yaml = """
                bases:
                  - { baseId: extra-base, nameEn: Extra, nameAr: "قاعدة إضافية", aliases: [], province: Anbar }
                """;
        assertThat(importer.importAll(List.of(seed("more.yml", yaml)))).isEqualTo(new ImportReport(1, 1, 0, 0));
        assertThat(importer.importAll(List.of(seed("more.yml", yaml)))).isEqualTo(new ImportReport(1, 0, 1, 0));
    }

    @Test
    void anUpgradeAddsNewFactsRevisesAndRetractsTheImportersOwnAndLeavesEditorsChangesAlone() {
        String release1 = """
                sources:
                  - { sourceId: extra-up-doc, title: T, publisher: P, published: "2024", language: en }
                facts:
                  - factId: extra-up-dated
                    kind: TROOP_LEVEL
                    when: { date: "2020", precision: YEAR }
                    data: { force: US, count: 5200 }
                    summaryEn: "dated too broadly"
                    sources: [ { sourceId: extra-up-doc, locator: "p. 1" } ]
                  - factId: extra-up-invented
                    kind: STATEMENT
                    when: { date: "2020", precision: YEAR }
                    data: { count: 20 }
                    summaryEn: "a number the text does not give"
                    sources: [ { sourceId: extra-up-doc, locator: "p. 2" } ]
                """;
        String release2 = """
                facts:
                  - factId: extra-up-dated
                    kind: TROOP_LEVEL
                    when: { date: "2020-05", until: "2020-06", precision: MONTH }
                    data: { force: US, count: 5200 }
                    summaryEn: "dated by the text"
                    sources: [ { sourceId: extra-up-doc, locator: "p. 1" } ]
                    revision: "The text dates it before the talks."
                  - factId: extra-up-new
                    kind: STATEMENT
                    when: { date: "2020-09", precision: MONTH }
                    data: { speaker: someone }
                    summaryEn: "new in this release"
                    sources: [ { sourceId: extra-up-doc, locator: "p. 3" } ]
                retractions:
                  - { factId: extra-up-invented, reason: "The text says dozens, not a number." }
                  - { factId: extra-up-never-imported, reason: "Not in this installation." }
                """;
        assertThat(importer.importAll(List.of(seed("up.yml", release1)))).isEqualTo(new ImportReport(1, 3, 0, 0));
        assertThat(importer.importAll(List.of(seed("up.yml", release2)))).isEqualTo(new ImportReport(1, 1, 1, 2));
        assertThat(importer.importAll(List.of(seed("up.yml", release2)))).as("a second start changes nothing")
                .isEqualTo(new ImportReport(1, 0, 4, 0));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry"
                + " where aggregate_identifier = 'extra-up-dated'", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier ="
                + " 'extra-up-invented' order by sequence_number desc limit 1", String.class))
                .isEqualTo("org.sijill.fact.FactRetracted");

        commands.sendAndWait(new CorrectFact("extra-up-dated", 2, "editor's own reading",
                new FactCorrection(null, null, null, "an editor's summary", null), "alice", Instant.now()));
        String release3 = release2.replace("dated by the text", "changed again by the curators");
        assertThat(importer.importAll(List.of(seed("up.yml", release3))).revised()).as("the editor's change wins")
                .isZero();
    }

    private static SeedImporter.Seed seed(String name, String yaml) {
        return new SeedImporter.Seed(name, () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private int count(String payloadType) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?"
                + " and aggregate_identifier not like 'extra-%'"
                + " and convert_from(payload, 'UTF8')::jsonb ->> 'recordedBy' = ?", Integer.class, payloadType,
                SeedImporter.EDITOR);
    }

    private int total() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
    }
}

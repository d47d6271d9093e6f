package org.sijill.bench;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.sijill.agreement.RegisterAgreement;
import org.sijill.base.RegisterBase;
import org.sijill.fact.CorrectFact;
import org.sijill.fact.FactContent;
import org.sijill.fact.RecordFact;
import org.sijill.fact.RetractFact;
import org.sijill.seed.SeedImporter;
import org.sijill.source.RegisterSource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic chronology as seed files (seeds/README.md format), imported through the same path as the
 * bundled chronology and bin/import-seed: {@value #FACTS_PER_FILE} new facts a file; a fact's correction
 * goes into the next file as a revised entry and its retraction into the next file's retractions, as a
 * curator's later release would carry them.
 */
final class SyntheticSeeds {

    static final int FACTS_PER_FILE = 1000;
    private static final YAMLMapper YAML = new YAMLMapper();

    private SyntheticSeeds() {
    }

    static SeedImporter.Seed registry() {
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> bases = new ArrayList<>();
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (Object command : SyntheticChronology.registry()) {
            if (command instanceof RegisterSource s) {
                sources.add(Map.of("sourceId", s.sourceId(), "title", s.title(), "publisher", s.publisher(),
                        "published", s.published(), "language", s.language()));
            } else if (command instanceof RegisterBase b) {
                bases.add(Map.of("baseId", b.baseId(), "nameEn", b.nameEn(), "nameAr", b.nameAr(), "aliases",
                        b.aliases(), "province", b.province()));
            } else if (command instanceof RegisterAgreement a) {
                agreements.add(Map.of("agreementId", a.agreementId(), "nameEn", a.nameEn(), "nameAr", a.nameAr()));
            }
        }
        byte[] yaml = write(Map.of("sources", sources, "bases", bases, "agreements", agreements));
        return new SeedImporter.Seed("bench-registry.yml", () -> new ByteArrayInputStream(yaml));
    }

    /**
     * Files for facts {@code from} (inclusive) to {@code to} (exclusive), written to {@code dir} before
     * anything is timed, and read from there by the importer, as bin/import-seed reads a curator's files.
     */
    static List<SeedImporter.Seed> facts(long seed, long from, long to, java.nio.file.Path dir) throws java.io.IOException {
        SyntheticChronology.FactStream commands = SyntheticChronology.facts(seed, from, to);
        Map<String, FactContent> recorded = new HashMap<>();
        List<Object> deferred = new ArrayList<>();
        List<SeedImporter.Seed> files = new ArrayList<>();
        long count = (to - from + FACTS_PER_FILE - 1) / FACTS_PER_FILE + 1;
        java.nio.file.Files.createDirectories(dir);
        for (long f = 0; f < count; f++) {
            java.nio.file.Path file = dir.resolve(String.format("bench-%d-%06d.yml", from, f));
            java.nio.file.Files.write(file, next(commands, recorded, deferred));
            files.add(new SeedImporter.Seed(file.getFileName().toString(), () -> java.nio.file.Files.newInputStream(file)));
        }
        return files;
    }

    private static byte[] next(SyntheticChronology.FactStream commands, Map<String, FactContent> recorded,
                               List<Object> deferred) {
        List<Map<String, Object>> facts = new ArrayList<>();
        List<Map<String, Object>> retractions = new ArrayList<>();
        for (Object later : deferred) {
            if (later instanceof CorrectFact c) {
                FactContent corrected = c.correction().applyTo(recorded.remove(c.factId()));
                Map<String, Object> entry = entry(c.factId(), corrected);
                entry.put("revision", c.reason());
                facts.add(entry);
            } else if (later instanceof RetractFact r) {
                recorded.remove(r.factId());
                retractions.add(Map.of("factId", r.factId(), "reason", r.reason()));
            }
        }
        deferred.clear();
        int added = 0;
        while (added < FACTS_PER_FILE && commands.hasNext()) {
            Object command = commands.next();
            if (command instanceof RecordFact r) {
                facts.add(entry(r.factId(), r.content()));
                if (commands.isPending(r.factId())) {
                    recorded.put(r.factId(), r.content());
                }
                added++;
            } else {
                deferred.add(command);
            }
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("facts", facts);
        if (!retractions.isEmpty()) {
            file.put("retractions", retractions);
        }
        return write(file);
    }

    private static Map<String, Object> entry(String id, FactContent content) {
        Map<String, Object> when = new LinkedHashMap<>();
        when.put("date", content.when().date());
        if (content.when().until() != null) {
            when.put("until", content.when().until());
        }
        when.put("precision", content.when().precision().name());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("factId", id);
        entry.put("kind", content.kind().name());
        entry.put("when", when);
        entry.put("data", content.data());
        entry.put("sources", content.sources().stream()
                .map(s -> Map.of("sourceId", s.sourceId(), "locator", s.locator())).toList());
        entry.put("summaryEn", content.summaryEn());
        entry.put("rank", content.rank().name());
        return entry;
    }

    private static byte[] write(Object file) {
        try {
            return YAML.writeValueAsBytes(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.sijill.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the project's seeds/ folder read the way the importer reads it. */
record SeedCatalogue(List<SeedFile.FactSeed> facts, List<String> sourceIds, int sources, int bases, int agreements,
                     List<SeedFile.RetractionSeed> retractions) {

    static final Path SEEDS = Path.of("seeds");

    static SeedCatalogue load() throws IOException {
        List<SeedFile.FactSeed> facts = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        List<SeedFile.RetractionSeed> retractions = new ArrayList<>();
        int sources = 0;
        int bases = 0;
        int agreements = 0;
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(path)) {
                    SeedFile file = SeedReader.read(path.getFileName().toString(), in);
                    facts.addAll(file.facts());
                    file.sources().forEach(source -> sourceIds.add(source.sourceId()));
                    retractions.addAll(file.retractions());
                    sources += file.sources().size();
                    bases += file.bases().size();
                    agreements += file.agreements().size();
                }
            }
        }
        return new SeedCatalogue(facts, sourceIds, sources, bases, agreements, retractions);
    }

    int entries() {
        return facts.size() + sources + bases + agreements + retractions.size();
    }
}

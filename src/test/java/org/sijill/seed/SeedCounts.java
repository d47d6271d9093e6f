package org.sijill.seed;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Test helper for other packages: the ids of the facts in the project's seeds/. */
public final class SeedCounts {

    private SeedCounts() {
    }

    public static java.util.List<String> factIds() {
        try {
            return SeedCatalogue.load().facts().stream().map(SeedFile.FactSeed::factId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

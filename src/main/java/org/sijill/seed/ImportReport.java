package org.sijill.seed;

/** What one import did: entries recorded and entries skipped because their id was already in the record. */
public record ImportReport(int files, int recorded, int skipped) {

    ImportReport plus(ImportReport other) {
        return new ImportReport(files + other.files, recorded + other.recorded, skipped + other.skipped);
    }
}

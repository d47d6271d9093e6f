package org.sijill.seed;

/** What one import did: entries recorded and entries skipped because their id was already in the record. */
/**
 * What an import did: entries recorded anew, entries already present and unchanged (skipped), and
 * facts the importer had recorded that the seeds now correct or retract (revised).
 */
public record ImportReport(int files, int recorded, int skipped, int revised) {

    ImportReport plus(ImportReport other) {
        return new ImportReport(files + other.files, recorded + other.recorded, skipped + other.skipped,
                revised + other.revised);
    }
}

package org.sijill.seed;

import org.sijill.fact.FactKind;
import org.sijill.fact.Rank;
import org.sijill.fact.SourceRef;
import org.sijill.fact.When;

import java.util.List;
import java.util.Map;

/** The shape of one seed file (see seeds/README.md). Every section is optional. */
record SeedFile(List<SourceSeed> sources, List<BaseSeed> bases, List<AgreementSeed> agreements,
                List<FactSeed> facts, List<RetractionSeed> retractions) {

    SeedFile {
        sources = sources == null ? List.of() : sources;
        bases = bases == null ? List.of() : bases;
        agreements = agreements == null ? List.of() : agreements;
        facts = facts == null ? List.of() : facts;
        retractions = retractions == null ? List.of() : retractions;
    }

    int size() {
        return sources.size() + bases.size() + agreements.size() + facts.size() + retractions.size();
    }

    record SourceSeed(String sourceId, String title, String publisher, String published, String language,
                      String seedFile) {
    }

    record BaseSeed(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                    org.sijill.base.BaseLocation location, String locationNote) {
    }

    record AgreementSeed(String agreementId, String nameEn, String nameAr) {
    }

    /** {@code revision}: why this entry differs from what an earlier release of the seeds recorded. */
    record FactSeed(String factId, FactKind kind, When when, Map<String, Object> data, List<SourceRef> sources,
                    String summaryEn, String summaryAr, Rank rank, String revision) {
    }

    /** A fact an earlier release of the seeds recorded that the documents do not support. */
    record RetractionSeed(String factId, String reason) {
    }
}

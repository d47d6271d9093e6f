package org.sijill.seed;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.sijill.agreement.RegisterAgreement;
import org.sijill.base.RegisterBase;
import org.sijill.fact.FactContent;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.source.RegisterSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports seed files through the command gateway, exactly as an editor's writes go, as the editor
 * {@value #EDITOR}. Each file is one transaction: a bad entry stops the import and stores nothing of
 * its file. An entry whose id is already in the event store is skipped, so importing again adds nothing.
 */
@Service
public class SeedImporter {

    public static final String EDITOR = "seed-importer";
    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
    private static final int PROGRESS_EVERY = 50;

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SeedImporter(CommandGateway commands, EventStore eventStore, PlatformTransactionManager transactionManager,
                 Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A named seed to import; {@code open} is called once. */
    public record Seed(String name, InputStreamSupplier open) {
    }

    @FunctionalInterface
    public interface InputStreamSupplier {
        InputStream get() throws IOException;
    }

    public ImportReport importAll(List<Seed> seeds) {
        ImportReport total = new ImportReport(0, 0, 0);
        for (Seed seed : seeds) {
            total = total.plus(importOne(seed));
        }
        log.info("Seed import done: {} files, {} entries recorded, {} already present", total.files(),
                total.recorded(), total.skipped());
        return total;
    }

    ImportReport importOne(Seed seed) {
        SeedFile file;
        try (InputStream in = seed.open().get()) {
            file = SeedReader.read(seed.name(), in);
        } catch (IOException e) {
            throw new SeedException(seed.name(), null, "cannot be read: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        List<Entry> entries = entries(seed.name(), file, now);
        int[] counts = new int[2];
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (eventStore.lastSequenceNumberFor(entry.id()).isPresent()) {
                    counts[1]++;
                } else {
                    send(seed.name(), entry);
                    counts[0]++;
                }
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == entries.size()) {
                    log.info("Seed {}: {}/{} entries", seed.name(), i + 1, entries.size());
                }
            }
        });
        return new ImportReport(1, counts[0], counts[1]);
    }

    private void send(String file, Entry entry) {
        try {
            commands.sendAndWait(entry.command());
        } catch (RuntimeException e) {
            throw new SeedException(file, entry.label(), e.getMessage(), e);
        }
    }

    private record Entry(String id, String label, Object command) {
    }

    private static List<Entry> entries(String name, SeedFile file, Instant now) {
        List<Entry> entries = new ArrayList<>(file.size());
        for (int i = 0; i < file.sources().size(); i++) {
            SeedFile.SourceSeed s = require(name, file.sources().get(i), "sources[" + i + "]");
            entries.add(new Entry(s.sourceId(), "sources[" + i + "] (" + s.sourceId() + ")", new RegisterSource(
                    s.sourceId(), s.title(), s.publisher(), s.published(), s.language(), s.seedFile(), EDITOR, now)));
        }
        for (int i = 0; i < file.bases().size(); i++) {
            SeedFile.BaseSeed b = require(name, file.bases().get(i), "bases[" + i + "]");
            entries.add(new Entry(b.baseId(), "bases[" + i + "] (" + b.baseId() + ")", new RegisterBase(
                    b.baseId(), b.nameEn(), b.nameAr(), b.aliases(), b.province(), EDITOR, now)));
        }
        for (int i = 0; i < file.agreements().size(); i++) {
            SeedFile.AgreementSeed a = require(name, file.agreements().get(i), "agreements[" + i + "]");
            entries.add(new Entry(a.agreementId(), "agreements[" + i + "] (" + a.agreementId() + ")",
                    new RegisterAgreement(a.agreementId(), a.nameEn(), a.nameAr(), EDITOR, now)));
        }
        for (int i = 0; i < file.facts().size(); i++) {
            SeedFile.FactSeed f = require(name, file.facts().get(i), "facts[" + i + "]");
            FactContent content = new FactContent(f.kind(), f.when(), f.data(), f.sources(), f.summaryEn(),
                    f.rank() == null ? Rank.NORMAL : f.rank());
            entries.add(new Entry(f.factId(), "facts[" + i + "] (" + f.factId() + ")",
                    new RecordFact(f.factId(), content, EDITOR, now)));
        }
        return entries;
    }

    private static <T> T require(String name, T entry, String label) {
        if (entry == null) {
            throw new SeedException(name, label, "is empty", null);
        }
        return entry;
    }
}

package org.sijill.seed;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sijill.agreement.RegisterAgreement;
import org.sijill.base.LocateBase;
import org.sijill.base.RegisterBase;
import org.sijill.eventstore.EventLog;
import org.sijill.fact.FactContent;
import org.sijill.fact.Rank;
import org.sijill.fact.RecordFact;
import org.sijill.fact.ReviseFromSeed;
import org.sijill.source.RegisterSource;
import org.sijill.source.SourceText;
import org.sijill.source.StoreSourceText;
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
import java.util.Set;
import java.util.List;

/**
 * Imports seed files through the command gateway and the aggregates, exactly as an editor's writes go, as
 * the editor {@value #EDITOR}. Each file is one transaction (Axon's unit of work of each command joins it):
 * a bad entry stops the import and stores nothing of its file. An entry whose id is already in the event
 * store is not recorded again, so importing again
 * duplicates nothing; a fact already present is revised to the seed's content, or retracted when the
 * file lists it under {@code retractions}, only while its latest version is the importer's own
 * ({@link ReviseFromSeed}): an editor's later change always wins. A base already present is located anew
 * ({@link LocateBase}) on the same terms. Importing the same files twice
 * changes nothing the second time.
 */
@Service
public class SeedImporter {

    public static final String EDITOR = "seed-importer";
    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
    private static final int PROGRESS_EVERY = 50;

    private final CommandGateway commands;
    private final EventLog events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final java.nio.file.Path sourcesDir;

    SeedImporter(CommandGateway commands, EventLog events, PlatformTransactionManager transactionManager,
                 Clock clock, SeedProperties properties) {
        this.commands = commands;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        String dir = properties.sourcesDir();
        this.sourcesDir = dir == null || dir.isBlank() ? null : java.nio.file.Path.of(dir);
    }

    /** A named seed to import; {@code open} is called once. */
    public record Seed(String name, InputStreamSupplier open) {
    }

    @FunctionalInterface
    public interface InputStreamSupplier {
        InputStream get() throws IOException;
    }

    public ImportReport importAll(List<Seed> seeds) {
        return importAll(seeds, EDITOR);
    }

    /** Imports as {@code editor}: recorded under that name, and revising only what that name recorded. */
    public ImportReport importAll(List<Seed> seeds, String editor) {
        ImportReport total = new ImportReport(0, 0, 0, 0);
        for (Seed seed : seeds) {
            total = total.plus(importOne(seed, editor));
        }
        log.info("Seed import done: {} files, {} entries recorded, {} already present, {} revised", total.files(),
                total.recorded(), total.skipped(), total.revised());
        return total;
    }

    ImportReport importOne(Seed seed, String editor) {
        SeedFile file;
        try (InputStream in = seed.open().get()) {
            file = SeedReader.read(seed.name(), in);
        } catch (IOException e) {
            throw new SeedException(seed.name(), null, "cannot be read: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        List<Entry> entries = entries(seed.name(), file, now, editor);
        int[] counts = new int[3];
        int progressEvery = Math.max(PROGRESS_EVERY, entries.size() / 10);
        transaction.executeWithoutResult(status -> {
            Set<String> present = events.aggregatesPresent(entries.stream().map(Entry::id).distinct().toList());
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                boolean known = present.contains(entry.id());
                Object command = known ? entry.revise() : entry.record();
                if (command == null) {
                    counts[1]++;
                } else if (!known) {
                    send(seed.name(), entry.label(), command);
                    counts[0]++;
                } else if (send(seed.name(), entry.label(), command) instanceof String reason) {
                    counts[2]++;
                    log.info("Seed {}: {}: {}", seed.name(), entry.id(), reason);
                } else {
                    counts[1]++;
                }
                if ((i + 1) % progressEvery == 0 || i + 1 == entries.size()) {
                    log.info("Seed {}: {}/{} entries", seed.name(), i + 1, entries.size());
                }
                // The entries begin with the file's sources: their texts are stored before any fact is checked.
                if (i + 1 == file.sources().size()) {
                    file.sources().forEach(source -> storeText(seed.name(), source, editor, now));
                }
            }
        });
        return new ImportReport(1, counts[0], counts[1], counts[2]);
    }

    /**
     * Stores the source's text from the sources folder when it holds the source's seedFile; facts imported after it
     * then have their locators checked against it. Storing the same text again changes nothing.
     */
    private void storeText(String file, SeedFile.SourceSeed source, String editor, Instant now) {
        if (sourcesDir == null || source.seedFile() == null) {
            return;
        }
        java.nio.file.Path document = sourcesDir.resolve(source.seedFile()).normalize();
        if (!document.getParent().equals(sourcesDir.normalize())) {
            throw new SeedException(file, "text of " + source.sourceId(), "seedFile must name a file in the sources "
                    + "folder, not " + source.seedFile(), null);
        }
        if (!java.nio.file.Files.isRegularFile(document)) {
            log.warn("Seed {}: no text for {} at {}", file, source.sourceId(), document);
            return;
        }
        try {
            String text = java.nio.file.Files.readString(document);
            if (send(file, "text of " + source.sourceId(), new StoreSourceText(source.sourceId(), text, editor, now))
                    instanceof SourceText.Stored stored && stored.changed()) {
                log.info("Seed {}: stored the text of {} ({} lines, SHA-256 {})", file, source.sourceId(),
                        stored.lines(), stored.textSha256());
            }
        } catch (IOException e) {
            throw new SeedException(file, "text of " + source.sourceId(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private Object send(String file, String label, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw new SeedException(file, label, e.getMessage(), e);
        }
    }

    /** What to send when the id is new ({@code record}) and when it is present ({@code revise}); null: nothing. */
    private record Entry(String id, String label, Object record, Object revise) {
    }

    private static List<Entry> entries(String name, SeedFile file, Instant now, String editor) {
        List<Entry> entries = new ArrayList<>(file.size());
        for (int i = 0; i < file.sources().size(); i++) {
            SeedFile.SourceSeed s = require(name, file.sources().get(i), "sources[" + i + "]");
            entries.add(new Entry(s.sourceId(), "sources[" + i + "] (" + s.sourceId() + ")", new RegisterSource(
                    s.sourceId(), s.title(), s.publisher(), s.published(), s.language(), s.seedFile(), editor, now),
                    null));
        }
        for (int i = 0; i < file.bases().size(); i++) {
            SeedFile.BaseSeed b = require(name, file.bases().get(i), "bases[" + i + "]");
            entries.add(new Entry(b.baseId(), "bases[" + i + "] (" + b.baseId() + ")", new RegisterBase(
                    b.baseId(), b.nameEn(), b.nameAr(), b.aliases(), b.province(), b.location(), b.locationNote(),
                    editor, now), new LocateBase(b.baseId(), b.province(), b.location(), b.locationNote(), editor,
                    editor, now)));
        }
        for (int i = 0; i < file.agreements().size(); i++) {
            SeedFile.AgreementSeed a = require(name, file.agreements().get(i), "agreements[" + i + "]");
            entries.add(new Entry(a.agreementId(), "agreements[" + i + "] (" + a.agreementId() + ")",
                    new RegisterAgreement(a.agreementId(), a.nameEn(), a.nameAr(), editor, now), null));
        }
        for (int i = 0; i < file.facts().size(); i++) {
            SeedFile.FactSeed f = require(name, file.facts().get(i), "facts[" + i + "]");
            FactContent content = new FactContent(f.kind(), f.when(), f.data(), f.sources(), f.summaryEn(),
                    f.summaryAr(), f.rank() == null ? Rank.NORMAL : f.rank());
            // Without a revision note the fact names the parts that changed (an Arabic summary added, say).
            String reason = f.revision() == null || f.revision().isBlank() ? null : "Seed revision: " + f.revision();
            entries.add(new Entry(f.factId(), "facts[" + i + "] (" + f.factId() + ")",
                    new RecordFact(f.factId(), content, editor, now),
                    new ReviseFromSeed(f.factId(), content, reason, editor, now)));
        }
        for (int i = 0; i < file.retractions().size(); i++) {
            SeedFile.RetractionSeed r = require(name, file.retractions().get(i), "retractions[" + i + "]");
            if (r.reason() == null || r.reason().isBlank()) {
                throw new SeedException(name, "retractions[" + i + "]", "a retraction needs a reason", null);
            }
            entries.add(new Entry(r.factId(), "retractions[" + i + "] (" + r.factId() + ")", null,
                    new ReviseFromSeed(r.factId(), null, "Seed retraction: " + r.reason(), editor, now)));
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

package org.sijill.source;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sijill.shared.Checks;
import org.sijill.shared.Editor;
import org.sijill.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A cited document. Its id is unique across the record: a second registration is refused. */
@Aggregate
class Source {

    private static final Pattern PUBLISHED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** Larger than any report the record cites; the request body limit (1 MiB) is met first over HTTP. */
    static final int MAX_TEXT = 1_000_000;

    @AggregateIdentifier
    private String sourceId;
    private String textSha256;

    protected Source() {
    }

    @CommandHandler
    Source(RegisterSource command) {
        List<Violation> violations = new ArrayList<>();
        Checks.id(violations, "sourceId", command.sourceId());
        Checks.text(violations, "title", command.title(), 500, true);
        Checks.text(violations, "publisher", command.publisher(), 300, true);
        if (command.published() != null && !PUBLISHED.matcher(command.published()).matches()) {
            violations.add(new Violation("published", "must be YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        if (command.language() == null || !LANGUAGE.matcher(command.language()).matches()) {
            violations.add(new Violation("language", "must be an ISO 639 code such as 'ar' or 'en'"));
        }
        Checks.text(violations, "seedFile", command.seedFile(), 200, false);
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        apply(new SourceRegistered(command.sourceId(), command.title(), command.publisher(), command.published(),
                command.language(), command.seedFile(), command.recordedBy(), command.recordedAt()));
    }

    /** Storing the same text again changes nothing and answers as the first time did. */
    @CommandHandler
    SourceText.Stored handle(StoreSourceText command) {
        List<Violation> violations = new ArrayList<>();
        if (command.text() == null || command.text().isBlank()) {
            violations.add(new Violation("text", "is required"));
        } else if (command.text().length() > MAX_TEXT) {
            violations.add(new Violation("text", "must be at most " + MAX_TEXT + " characters"));
        } else if (command.text().indexOf('\u0000') >= 0) {
            violations.add(new Violation("text", "must not contain NUL characters"));
        }
        Editor.check(violations, command.recordedBy(), command.recordedAt());
        Checks.throwIfAny(violations);
        SourceText text = SourceText.of(command.text());
        boolean changed = !text.sha256().equals(textSha256);
        if (changed) {
            apply(new SourceTextStored(sourceId, command.text(), text.sha256(), text.lines().size(),
                    command.recordedBy(), command.recordedAt()));
        }
        return new SourceText.Stored(sourceId, text.sha256(), text.lines().size(), changed);
    }

    @EventSourcingHandler
    void on(SourceRegistered event) {
        sourceId = event.sourceId();
    }

    @EventSourcingHandler
    void on(SourceTextStored event) {
        textSha256 = event.sha256();
    }
}

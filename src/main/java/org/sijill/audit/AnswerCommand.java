package org.sijill.audit;

import org.sijill.presence.OfflineAnswers;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.NotFoundException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bin/answer EXPORT QUESTION [--head SEQ]}: the server's JSON answer to a presence, series or diff question,
 * recomputed from an audit export with no database ({@link OfflineAnswers}), printed byte for byte as the server sends
 * it (no newline added), so that {@code cmp} can compare the two. The export's chain is verified first and it must
 * begin with the record's first event. Exit 0: printed; 1: the export does not verify or cannot answer, and why (on
 * standard error); 2: usage. The JSON is written by the mapper Spring Boot configures for the server (its Jackson
 * auto-configuration, with the application's own settings), not by a copy of its settings.
 */
public final class AnswerCommand {

    private AnswerCommand() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the answer alone: whatever the libraries log goes to standard error.
        PrintStream out = System.out;
        System.setOut(System.err);
        if (args.length != 2 && !(args.length == 4 && "--head".equals(args[2]))) {
            System.err.println("usage: answer EXPORT.ndjson '/api/v1/presence?on=…&asKnownAt=…' [--head SEQ]");
            System.exit(2);
        }
        try {
            Long head = args.length == 4 ? Long.valueOf(args[3]) : null;
            OfflineAnswers answers = open(Path.of(args[0]));
            byte[] json = serverJson().writeValueAsBytes(answers.answer(args[1], head));
            out.write(json);
            out.flush();
            System.exit(0);
        } catch (IllegalArgumentException | IllegalStateException | InvalidCommandException | NotFoundException
                 | IOException e) {
            System.err.println("answer: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The export, verified and read; an {@link IllegalArgumentException} says why it cannot answer. */
    static OfflineAnswers open(Path export) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            Verification chain = ExportVerifier.verify(in);
            if (!chain.valid()) {
                throw new IllegalArgumentException("the export does not verify (first bad event: "
                        + chain.firstBadSeq() + ")");
            }
        }
        if (!ExportVerifier.beginsWithTheFirstEvent(export)) {
            throw new IllegalArgumentException("the export does not begin with the record's first event "
                    + "(export it without after=)");
        }
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            return OfflineAnswers.read(in);
        }
    }

    /** The JsonMapper of Spring Boot's Jackson auto-configuration, as the server's message converter uses it. */
    static JsonMapper serverJson() {
        try (var context = new SpringApplicationBuilder(JacksonAutoConfiguration.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=off", "spring.main.register-shutdown-hook=false").run()) {
            return context.getBean(JsonMapper.class);
        }
    }
}

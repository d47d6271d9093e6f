package org.sijill.source;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.sijill.shared.InvalidCommandException;

import java.time.Instant;

class SourceAggregateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final AggregateTestFixture<Source> fixture = new AggregateTestFixture<>(Source.class);

    @Test
    void registersASource() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSource("doc-1", "Title", "Publisher", "2024-10-04", "ar", "doc-1.txt", "importer", NOW))
                .expectEvents(new SourceRegistered("doc-1", "Title", "Publisher", "2024-10-04", "ar", "doc-1.txt",
                        "importer", NOW));
    }

    @Test
    void refusesABadPublicationDateOrLanguage() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSource("doc-1", "Title", "Publisher", "4 Oct 2024", "arabic", null, "importer", NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("published"),
                        org.hamcrest.Matchers.containsString("language")))
                .expectNoEvents();
    }
}

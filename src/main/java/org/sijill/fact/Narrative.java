package org.sijill.fact;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The data of the record kinds around presence (negotiations, statements, legislation, incidents, equipment,
 * milestones): the bases and agreement they name are declared, so they are checked and indexed; every other
 * field is free to suit the kind (speaker, round, place, counts…), bounded in size and form.
 */
public record Narrative(@Registered(Reference.BASE) @Nullable String baseId,
                        @Registered(Reference.BASE) @Nullable List<String> bases,
                        @Registered(Reference.BASE) @Nullable List<String> fromBases,
                        @Registered(Reference.BASE) @Nullable String toBase,
                        @Registered(Reference.AGREEMENT) @Nullable String agreementId) implements KindData {
}

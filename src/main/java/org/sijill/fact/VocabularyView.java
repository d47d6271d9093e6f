package org.sijill.fact;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/vocabulary} (CONTRACT.md "Endpoints"): every kind with its data fields and every closed
 * set of words with English and Arabic labels, derived from {@link FactKind} and {@link Vocabulary}, so an
 * editor's form or the page's labels never copy them.
 */
@Schema(description = "Every kind with its data fields, and every closed set of words, each with English and Arabic labels")
record VocabularyView(List<Kind> kinds, Map<String, List<Term>> terms) {

    @Schema(description = "A kind of fact; subject is the presence subject its facts are claims about (null for record kinds)")
    record Kind(String code, String en, String ar, @Nullable SubjectType subject, List<DataField> fields) {
    }

    @Schema(description = "A declared data field. type ONE_OF takes a code of the set named by terms; COUNT a whole"
            + " number; ID the id of a registered entry of references; WHEN a {date, precision} (announced: required"
            + " when basis is PLANNED). Fields not declared are free for the record kinds.")
    record DataField(String name, String type, boolean required, @Nullable String terms, @Nullable String references) {
    }

    static VocabularyView of() {
        List<Kind> kinds = Arrays.stream(FactKind.values()).map(VocabularyView::kind).toList();
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        Vocabulary.ALL.forEach(set -> terms.put(set.name(), set.terms()));
        terms.put("kind", Arrays.stream(FactKind.values()).map(FactKind::term).toList());
        return new VocabularyView(kinds, terms);
    }

    private static Kind kind(FactKind kind) {
        KindSchema schema = kind.schema();
        List<DataField> fields = new ArrayList<>();
        for (Field field : schema.fields()) {
            fields.add(new DataField(field.name(), field.type().name(), field.required(),
                    field.terms() == null ? null : field.terms().name(),
                    field.reference() == null ? null : field.reference().name()));
        }
        Term term = kind.term();
        return new Kind(term.code(), term.en(), term.ar(), schema.subjectType().orElse(null), List.copyOf(fields));
    }
}

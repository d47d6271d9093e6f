package org.sijill.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sijill.fact.Field.count;
import static org.sijill.fact.Field.id;
import static org.sijill.fact.Field.ids;
import static org.sijill.fact.Field.oneOf;
import static org.sijill.fact.KindSchema.claim;
import static org.sijill.fact.KindSchema.record;

/**
 * What a fact is about (CONTRACT.md "Kinds and their data"), each kind with its {@link KindSchema}:
 * the four claim kinds answer presence; the others are the record around it.
 */
public enum FactKind {
    TROOP_LEVEL("Troop level", "عدد القوات", claim(SubjectType.TROOPS, "force", null,
            oneOf("force", Vocabulary.FORCES, true), count("count", true), count("low", false),
            count("high", false), oneOf("qualifier", Vocabulary.QUALIFIERS, false))),
    TROOP_MOVEMENT("Troop movement", "تحرّك القوات", record(oneOf("force", Vocabulary.FORCES, true),
            oneOf("direction", Vocabulary.DIRECTIONS, true), count("count", true), id("baseId", Reference.BASE, false),
            ids("bases", Reference.BASE), ids("fromBases", Reference.BASE), id("toBase", Reference.BASE, false))),
    BASE_STATUS("Base status", "وضع القاعدة", claim(SubjectType.BASE, "baseId", "status",
            id("baseId", Reference.BASE, true), oneOf("status", Vocabulary.BASE_STATUSES, true))),
    MISSION_PHASE("Mission phase", "مرحلة المهمة", claim(SubjectType.MISSION, "scope", "phase",
            oneOf("scope", Vocabulary.SCOPES, true), oneOf("phase", Vocabulary.PHASES, true))),
    AGREEMENT("Agreement", "اتفاقية", claim(SubjectType.AGREEMENT, "agreementId", "status",
            id("agreementId", Reference.AGREEMENT, true), oneOf("status", Vocabulary.AGREEMENT_STATUSES, true))),
    NEGOTIATION("Negotiation", "تفاوض", aboutPlaces()),
    STATEMENT("Statement", "تصريح", aboutPlaces()),
    LEGISLATION("Legislation", "تشريع", aboutPlaces()),
    INCIDENT("Incident", "حادثة", aboutPlaces()),
    EQUIPMENT("Equipment", "معدات", aboutPlaces()),
    MILESTONE("Milestone", "محطة بارزة", aboutPlaces());

    /**
     * The fields by which a record kind names bases and agreements: one base, several, the bases troops moved
     * from and the one they moved to. Declared, so they are checked against the registries and indexed.
     */
    private static KindSchema aboutPlaces() {
        return record(id("baseId", Reference.BASE, false), ids("bases", Reference.BASE),
                ids("fromBases", Reference.BASE), id("toBase", Reference.BASE, false),
                id("agreementId", Reference.AGREEMENT, false));
    }

    private final Term term;
    private final KindSchema schema;

    FactKind(String en, String ar, KindSchema schema) {
        this.term = new Term(name(), en, ar);
        this.schema = schema;
    }

    /** The kind's code with its English and Arabic label. */
    public Term term() {
        return term;
    }

    public KindSchema schema() {
        return schema;
    }

    /**
     * Every declared field that names a registry entry, over all kinds (distinct by name): a correction
     * may carry data without its kind, and its references are checked all the same.
     */
    static List<Field> referenceFields() {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (FactKind kind : values()) {
            kind.schema.fields().stream().filter(f -> f.reference() != null).forEach(f -> byName.putIfAbsent(f.name(), f));
        }
        return List.copyOf(byName.values());
    }
}

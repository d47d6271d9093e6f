package org.sijill.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * What a fact is about (CONTRACT.md "Kinds and their data"), each kind with its labels and the record its
 * data is ({@link KindData}, read into a {@link KindSchema}): the four claim kinds answer presence; the others
 * are the record around it. A new kind is one record and one line here.
 */
public enum FactKind {
    TROOP_LEVEL("Troop level", "عدد القوات", TroopLevel.class),
    TROOP_MOVEMENT("Troop movement", "تحرّك القوات", TroopMovement.class),
    BASE_STATUS("Base status", "وضع القاعدة", BaseStatus.class),
    MISSION_PHASE("Mission phase", "مرحلة المهمة", MissionPhase.class),
    AGREEMENT("Agreement", "اتفاقية", AgreementStatus.class),
    NEGOTIATION("Negotiation", "تفاوض", Narrative.class),
    STATEMENT("Statement", "تصريح", Narrative.class),
    LEGISLATION("Legislation", "تشريع", Narrative.class),
    INCIDENT("Incident", "حادثة", Narrative.class),
    EQUIPMENT("Equipment", "معدات", Narrative.class),
    MILESTONE("Milestone", "محطة بارزة", Narrative.class);

    private final Term term;
    private final KindSchema schema;

    FactKind(String en, String ar, Class<? extends KindData> data) {
        this.term = new Term(name(), en, ar);
        this.schema = KindSchema.of(data);
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

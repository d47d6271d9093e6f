package org.sijill.record;

import org.sijill.fact.FactContent;

import java.util.Map;

/**
 * What a fact is a claim about, for presence: the troops of a force, the mission in a scope, a base
 * or an agreement, and the claimed value. Facts of other kinds are about no presence subject.
 */
record Subject(String type, String id, String value, Long count, Long low, Long high) {

    static final String TROOPS = "TROOPS";
    static final String MISSION = "MISSION";
    static final String BASE = "BASE";
    static final String AGREEMENT = "AGREEMENT";

    static Subject of(FactContent content) {
        Map<String, Object> data = content.data();
        return switch (content.kind()) {
            case TROOP_LEVEL -> new Subject(TROOPS, text(data, "force"), null, number(data, "count"),
                    number(data, "low"), number(data, "high"));
            case MISSION_PHASE -> claim(MISSION, text(data, "scope"), text(data, "phase"));
            case BASE_STATUS -> claim(BASE, text(data, "baseId"), text(data, "status"));
            case AGREEMENT -> claim(AGREEMENT, text(data, "agreementId"), text(data, "status"));
            default -> null;
        };
    }

    private static Subject claim(String type, String id, String value) {
        return new Subject(type, id, value, null, null, null);
    }

    private static String text(Map<String, Object> data, String key) {
        return data.get(key) instanceof String s ? s : null;
    }

    private static Long number(Map<String, Object> data, String key) {
        return data.get(key) instanceof Number n ? n.longValue() : null;
    }
}

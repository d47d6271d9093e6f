package org.sijill.fact;

import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data rules of each structured kind (CONTRACT.md, "Kinds and their data"). */
final class KindRules {

    /** Larger than any force ever deployed; anything above is a typing error. */
    static final long MAX_COUNT = 2_000_000;

    private KindRules() {
    }

    static void check(List<Violation> out, FactKind kind, Map<String, Object> data) {
        switch (kind) {
            case TROOP_LEVEL -> {
                oneOf(out, data, "force", Vocabulary.FORCES, true);
                Long count = count(out, data, "count", true);
                Long low = count(out, data, "low", false);
                Long high = count(out, data, "high", false);
                if (count != null && low != null && low > count) {
                    out.add(new Violation("data.low", "must not be above data.count"));
                }
                if (count != null && high != null && high < count) {
                    out.add(new Violation("data.high", "must not be below data.count"));
                }
                oneOf(out, data, "qualifier", Vocabulary.QUALIFIERS, false);
            }
            case TROOP_MOVEMENT -> {
                oneOf(out, data, "force", Vocabulary.FORCES, true);
                oneOf(out, data, "direction", Vocabulary.DIRECTIONS, true);
                count(out, data, "count", true);
                optionalId(out, data, "baseId");
            }
            case BASE_STATUS -> {
                requiredId(out, data, "baseId");
                oneOf(out, data, "status", Vocabulary.BASE_STATUSES, true);
            }
            case MISSION_PHASE -> {
                oneOf(out, data, "scope", Vocabulary.SCOPES, true);
                oneOf(out, data, "phase", Vocabulary.PHASES, true);
            }
            case AGREEMENT -> {
                requiredId(out, data, "agreementId");
                oneOf(out, data, "status", Vocabulary.AGREEMENT_STATUSES, true);
            }
            default -> {
                optionalId(out, data, "baseId");
                optionalId(out, data, "agreementId");
            }
        }
    }

    private static void oneOf(List<Violation> out, Map<String, Object> data, String key, Set<String> allowed,
                              boolean required) {
        Object value = data.get(key);
        if (value == null) {
            if (required) {
                out.add(new Violation("data." + key, "is required, one of " + sorted(allowed)));
            }
        } else if (!(value instanceof String text) || !allowed.contains(text)) {
            out.add(new Violation("data." + key, "must be one of " + sorted(allowed)));
        }
    }

    private static Long count(List<Violation> out, Map<String, Object> data, String key, boolean required) {
        Object value = data.get(key);
        if (value == null) {
            if (required) {
                out.add(new Violation("data." + key, "is required"));
            }
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            out.add(new Violation("data." + key, "must be a whole number"));
            return null;
        }
        long number = ((Number) value).longValue();
        if (number < 0 || number > MAX_COUNT) {
            out.add(new Violation("data." + key, "must be between 0 and " + MAX_COUNT));
            return null;
        }
        return number;
    }

    private static void requiredId(List<Violation> out, Map<String, Object> data, String key) {
        Object value = data.get(key);
        Checks.id(out, "data." + key, value instanceof String text ? text : value == null ? null : "\u0000");
    }

    private static void optionalId(List<Violation> out, Map<String, Object> data, String key) {
        if (data.get(key) != null) {
            requiredId(out, data, key);
        }
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}

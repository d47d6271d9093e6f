package org.sijill.fact;

import org.sijill.shared.Checks;
import org.sijill.shared.Violation;

import java.util.List;
import java.util.Map;

/**
 * Bounds on the free-form part of a fact's data, so anything accepted can be stored and projected:
 * text without control characters, at most {@value #MAX_DEPTH} levels and {@value #MAX_VALUES} values.
 */
final class DataRules {

    static final int MAX_DEPTH = 4;
    static final int MAX_VALUES = 200;
    static final int MAX_TEXT = 2000;

    private DataRules() {
    }

    static void check(List<Violation> out, Map<String, Object> data) {
        int[] values = {0};
        walk(out, "data", data, 1, values);
        if (values[0] > MAX_VALUES) {
            out.add(new Violation("data", "must hold at most " + MAX_VALUES + " values"));
        }
    }

    private static void walk(List<Violation> out, String path, Object value, int depth, int[] values) {
        values[0]++;
        if (depth > MAX_DEPTH) {
            out.add(new Violation(path, "nests deeper than " + MAX_DEPTH + " levels"));
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                Checks.text(out, path + " key", key, 100, true);
                walk(out, path + "." + key, entry.getValue(), depth + 1, values);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(out, path + "[" + i + "]", list.get(i), depth + 1, values);
            }
        } else if (value instanceof String text) {
            Checks.text(out, path, text, MAX_TEXT, false);
        } else if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
            out.add(new Violation(path, "must be a finite number"));
        }
    }
}

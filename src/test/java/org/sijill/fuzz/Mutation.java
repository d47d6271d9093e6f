package org.sijill.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to a valid JSON body: a value replaced by a hostile one (another JSON type, a huge
 * number, an impossible date, control characters, a long text), a field removed or added, or the
 * body's bytes cut short or made invalid UTF-8.
 */
record Mutation(int target, int kind, int cut) {

    static final List<Object> HOSTILE = List.of(new BigInteger("9223372036854775808"), false, true, 0, -1, 2.5,
            "", " ", "0000-01-01", "9999-12-31", "2021-13", "2021-02-30", "\u0000", "\u202Eevil", "x".repeat(5000),
            List.of(), Map.of(), List.of(1, 2), Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", 1))))),
            "<script>", "' OR 1=1 --", "١٢٣", "DROP TABLE fact_version");

    static final int KINDS = HOSTILE.size() + 4;

    /** The mutated body bytes (the value {@code body} is not changed). */
    byte[] apply(Map<String, Object> body, Json json) {
        List<List<Object>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        Map<String, Object> copy = deepCopy(body);
        List<Object> path = paths.get(Math.floorMod(target, paths.size()));
        if (kind < HOSTILE.size()) {
            set(copy, path, HOSTILE.get(kind));
        } else if (kind == HOSTILE.size()) {
            remove(copy, path);
        } else if (kind == HOSTILE.size() + 1) {
            copy.put("unexpected", "field");
        } else if (kind == HOSTILE.size() + 2) {
            byte[] bytes = json.bytes(copy);
            return java.util.Arrays.copyOf(bytes, Math.floorMod(cut, bytes.length));
        } else {
            byte[] bytes = json.bytes(copy);
            bytes[Math.floorMod(cut, bytes.length)] = (byte) 0xD8;
            return bytes;
        }
        return json.bytes(copy);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Object> path, List<List<Object>> out) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                List<Object> next = new ArrayList<>(path);
                next.add(entry.getKey());
                out.add(next);
                collect(entry.getValue(), next, out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                out.add(next);
                collect(list.get(i), next, out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object parent(Map<String, Object> root, List<Object> path) {
        Object node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> root, List<Object> path, Object value) {
        Object parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((List<Object>) parent).set(i, value);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> root, List<Object> path) {
        Object parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((List<Object>) parent).remove((int) i);
        } else {
            ((Map<String, Object>) parent).remove(last);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return node;
    }

    /** JSON writing for the generator. */
    interface Json {
        byte[] bytes(Object value);
    }
}

package org.sijill.record;

import java.util.Arrays;

/** Sort orders of the fact lists, named as the {@code sort} parameter takes them. */
public enum FactOrder {
    WHEN("when", "valid_from, fineness, fact_id"),
    WHEN_DESC("-when", "valid_from DESC, fineness DESC, fact_id"),
    RECORDED_AT("recordedAt", "recorded_at, fact_id"),
    RECORDED_AT_DESC("-recordedAt", "recorded_at DESC, fact_id"),
    FACT_ID("factId", "fact_id");

    private final String parameter;
    private final String sql;

    FactOrder(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    public static FactOrder parse(String parameter) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(parameter)).findFirst().orElse(null);
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(o -> o.parameter).toList());
    }

    String sql() {
        return sql;
    }
}

package org.sijill.record;

import java.util.Arrays;

/** Sort orders of the fact lists, named as the {@code sort} parameter takes them. */
public enum FactOrder {
    WHEN("when", "valid_from, fineness, fact_id"),
    WHEN_DESC("-when", "valid_from DESC, fineness DESC, fact_id"),
    RECORDED_AT("recordedAt", "recorded_at, fact_id"),
    RECORDED_AT_DESC("-recordedAt", "recorded_at DESC, fact_id"),
    FACT_ID("factId", "fact_id");

    /** Every parameter form, as a constant for the query's constraint (FactOrderTest keeps it equal to the values). */
    static final String FORMS = "when|-when|recordedAt|-recordedAt|factId";
    static final String MESSAGE = "must be one of when, -when, recordedAt, -recordedAt, factId";

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

    String parameterForm() {
        return parameter;
    }

    String sql() {
        return sql;
    }
}

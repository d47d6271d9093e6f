package org.sijill.record;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Binds rows of plain values (String, Long, Integer, Date, Timestamp, String[] as text[], null) with typed setters. The read
 * model writes millions of values in a replay; JdbcTemplate's generic binding asks the logger per value
 * and cost about a fifth of the projection's time.
 */
final class RowBinder implements BatchPreparedStatementSetter {

    private final List<Object[]> rows;

    RowBinder(List<Object[]> rows) {
        this.rows = rows;
    }

    @Override
    public void setValues(PreparedStatement statement, int i) throws SQLException {
        Object[] row = rows.get(i);
        for (int column = 0; column < row.length; column++) {
            bind(statement, column + 1, row[column]);
        }
    }

    @Override
    public int getBatchSize() {
        return rows.size();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Timestamp time) {
            statement.setTimestamp(index, time);
        } else if (value instanceof Date date) {
            statement.setDate(index, date);
        } else if (value instanceof String[] texts) {
            statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
        } else {
            statement.setObject(index, value);
        }
    }
}

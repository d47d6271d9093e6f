package org.sijill.readmodel;

import java.util.List;
import java.util.Map;

/**
 * One read-model table: its name and every column, written once. The insert, the checksum and the list of
 * differences are made from this declaration, so a new column is one change here plus its migration.
 *
 * @param key          the primary key's columns
 * @param expressions  per column, the SQL the checksum reads instead of the plain column (over alias {@code v})
 * @param parameters   per column, the INSERT parameter when it is not a plain {@code ?} (a cast)
 */
public record Table(String name, List<String> columns, List<String> key, Map<String, String> expressions,
                    Map<String, String> parameters) {

    public Table {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        expressions = Map.copyOf(expressions);
        parameters = Map.copyOf(parameters);
    }

    public static Table of(String name, List<String> key, String... columns) {
        return new Table(name, List.of(columns), key, Map.of(), Map.of());
    }

    public Table withExpression(String column, String sql) {
        var copy = new java.util.HashMap<>(expressions);
        copy.put(column, sql);
        return new Table(name, columns, key, copy, parameters);
    }

    public Table withParameter(String column, String sql) {
        var copy = new java.util.HashMap<>(parameters);
        copy.put(column, sql);
        return new Table(name, columns, key, expressions, copy);
    }

    /** The shadow copy a replay rebuilds. */
    public String shadow() {
        return name + "_replay";
    }

    public String nameIn(boolean shadow) {
        return shadow ? shadow() : name;
    }

    /** INSERT of one row (every column, in declaration order) into the live or shadow table. */
    public String insert(boolean shadow, String conflict) {
        return "INSERT INTO " + nameIn(shadow) + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> parameters.getOrDefault(c, "?")).toList()) + ")"
                + (conflict.isEmpty() ? "" : " " + conflict);
    }

    /**
     * SELECT of the row count and digest (sum of the rows' hashes; a row is hashed as its row-constructor text,
     * which quotes values and keeps NULLs apart) over the table as alias {@code v}, with {@code from} naming the
     * table (and any join) and {@code where} the rows compared ("" for all).
     */
    public String checksum(String from, String where) {
        String row = String.join(", ", columns.stream().map(c -> expressions.getOrDefault(c, "v." + c)).toList());
        return "SELECT count(*) AS rows, coalesce(sum(('x' || substr(md5(row(" + row + ")::text), 1, 15))"
                + "::bit(60)::bigint::numeric), 0)::text AS digest FROM " + from + (where.isEmpty() ? "" : " WHERE " + where);
    }

    /** SELECT of up to five rows that differ between live ({@code l}) and shadow ({@code r}), naming the columns. */
    public String differences(String live, String shadow) {
        StringBuilder differing = new StringBuilder();
        for (String column : columns) {
            if (!key.contains(column)) {
                differing.append(", CASE WHEN l.%1$s::text IS DISTINCT FROM r.%1$s::text THEN '%1$s' END".formatted(column));
            }
        }
        String keyText = String.join(" || '/' || ", key.stream().map(k -> "coalesce(l." + k + ", r." + k + ")::text").toList());
        String join = String.join(" AND ", key.stream().map(k -> "l." + k + " = r." + k).toList());
        String first = key.get(0);
        return "SELECT '" + name + " ' || " + keyText + " || ': ' || CASE WHEN l." + first + " IS NULL THEN 'only rebuilt'"
                + " WHEN r." + first + " IS NULL THEN 'only live' ELSE array_to_string(array_remove(ARRAY[NULL"
                + differing + "], NULL), ',') END FROM " + live + " l FULL JOIN " + shadow + " r ON " + join
                + " WHERE l." + first + " IS NULL OR r." + first + " IS NULL OR row(l.*)::text IS DISTINCT FROM row(r.*)::text"
                + " LIMIT 5";
    }
}

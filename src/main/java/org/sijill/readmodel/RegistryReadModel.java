package org.sijill.readmodel;

import org.sijill.eventstore.EventLog;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A registry's read model (sources, bases, agreements): rows made by one registration event and changed only
 * by the registry's amendment events (a base located anew), each applied as an UPDATE of the entry's rows.
 * Live rows are written by the registry's JPA projection; a replay writes the shadow rows here from
 * the same events, and the checksum over every declared column shows whether both agree. Entries registered
 * after the compared head are left out on both sides.
 */
public abstract class RegistryReadModel implements ReadModel {

    private final JdbcTemplate jdbc;
    private final EventLog events;
    private final String name;
    private final Class<?> registered;
    private final List<Class<?>> amendments;
    private final List<Table> tables;
    private final Map<Table, List<Object[]>> buffered = new LinkedHashMap<>();

    protected RegistryReadModel(JdbcTemplate jdbc, EventLog events, String name, Class<?> registered, List<Table> tables) {
        this(jdbc, events, name, registered, List.of(), tables);
    }

    protected RegistryReadModel(JdbcTemplate jdbc, EventLog events, String name, Class<?> registered,
                                List<Class<?>> amendments, List<Table> tables) {
        this.amendments = List.copyOf(amendments);
        this.jdbc = jdbc;
        this.events = events;
        this.name = name;
        this.registered = registered;
        this.tables = List.copyOf(tables);
    }

    /** The rows one registration event makes, table by table (first column of each: the entry's id). */
    protected abstract void rows(Object event, BiConsumer<Table, Object[]> row);

    /** Applies one amendment event to the shadow rows (registered by an earlier, already flushed event). */
    protected void amendShadow(Object event, JdbcTemplate jdbc) {
        throw new IllegalStateException(name + " declares no amendment " + event.getClass().getSimpleName());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Table> tables() {
        return tables;
    }

    @Override
    public void clearShadow() {
        buffered.clear();
        jdbc.execute("TRUNCATE " + String.join(", ", tables.stream().map(Table::shadow).toList()));
    }

    @Override
    public void applyToShadow(Object event, long globalIndex) {
        if (registered.isInstance(event)) {
            rows(event, (table, row) -> buffered.computeIfAbsent(table, t -> new ArrayList<>()).add(row));
        } else if (amendments.stream().anyMatch(type -> type.isInstance(event))) {
            flushShadow();
            amendShadow(event, jdbc);
        }
    }

    @Override
    public void flushShadow() {
        for (Table table : tables) {
            List<Object[]> rows = buffered.remove(table);
            if (rows != null && !rows.isEmpty()) {
                jdbc.batchUpdate(table.insert(true, "ON CONFLICT DO NOTHING"), rows);
            }
        }
    }

    /**
     * Entries registered after {@code head} are left out; an entry registered while the checksum is computed
     * would be counted on one side only, so it is computed again until the late entries stay the same.
     */
    @Override
    public Checksum checksum(boolean shadow, long head) {
        for (int attempt = 1; ; attempt++) {
            String[] late = late(head);
            Checksum checksum = checksum(shadow, late);
            if (attempt == 5 || java.util.Set.of(late).equals(java.util.Set.of(late(head)))) {
                return checksum;
            }
        }
    }

    private Checksum checksum(boolean shadow, String[] late) {
        Checksum total = new Checksum(0, "");
        for (Table table : tables) {
            Checksum one = jdbc.queryForObject(table.checksum(table.nameIn(shadow) + " v", "NOT (v." + table.key().get(0)
                    + " = ANY (?))"), (rs, n) -> new Checksum(rs.getLong("rows"), rs.getString("digest")), (Object) late);
            total = total.plus(one);
        }
        return total;
    }

    @Override
    public List<String> differences(long head) {
        String[] late = late(head);
        List<String> found = new ArrayList<>();
        for (Table table : tables) {
            String filter = " WHERE NOT (" + table.key().get(0) + " = ANY (?)))";
            found.addAll(jdbc.queryForList(table.differences("(SELECT * FROM " + table.name() + filter,
                    "(SELECT * FROM " + table.shadow() + filter), String.class, late, late));
        }
        return found.subList(0, Math.min(5, found.size()));
    }

    @Override
    public List<Long> missing(long upTo) {
        Table main = tables.get(0);
        return events.withoutRow(List.of(registered), upTo, main.name(), main.key().get(0), null);
    }

    private String[] late(long head) {
        List<Class<?>> types = new ArrayList<>(amendments);
        types.add(registered);
        return events.aggregatesAfter(head, types).toArray(String[]::new);
    }
}

package org.sijill.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

/**
 * What other features may ask of the stored events besides loading aggregates. A subscribing projection
 * sees an event before its transaction commits and without a tracking token, so it asks here for the global
 * index the store gave it (visible in the same transaction). Only this package names the event store's tables.
 */
@Component
public class EventLog {

    private final JdbcTemplate jdbc;

    EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The global index of each stored event among {@code eventIds}; events not stored (yet) are absent. */
    public Map<String, Long> globalIndexes(Collection<String> eventIds) {
        Map<String, Long> indexes = new HashMap<>();
        jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY (?)",
                rs -> {
                    indexes.put(rs.getString(1), rs.getLong(2));
                }, (Object) eventIds.toArray(String[]::new));
        return indexes;
    }

    /** Which of {@code aggregateIds} have events stored (visible to the current transaction). */
    public Set<String> aggregatesPresent(Collection<String> aggregateIds) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ANY (?)", String.class, (Object) aggregateIds.toArray(String[]::new)));
    }
}

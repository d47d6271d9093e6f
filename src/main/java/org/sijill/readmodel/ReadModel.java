package org.sijill.readmodel;

import java.util.List;

/**
 * A read model kept from the events: its tables, written by a subscribing projection in each write's own
 * transaction, can be rebuilt from the event store into shadow copies ({@code <table>_replay}, same shape),
 * compared with the live ones, and swapped into place. The replay, the reconciliation and the swap iterate
 * every bean of this type, so a new read model is one class implementing it plus the migration that creates
 * its tables, their shadows and their row in {@code read_model_table}.
 */
public interface ReadModel {

    /** The name shown in replay details and reconciliation reports. */
    String name();

    /** Its live tables, in the order they are swapped. */
    List<Table> tables();

    /** Empties the shadow tables before a rebuild. */
    void clearShadow();

    /** Applies one stored event (any type; those it does not keep are ignored) to the shadow tables. */
    void applyToShadow(Object event, long globalIndex);

    /** Writes what {@link #applyToShadow} buffered; called at the end of every replay transaction. */
    void flushShadow();

    /** A digest of every column of every row of its live or shadow tables, as of the event at {@code head}. */
    Checksum checksum(boolean shadow, long head);

    /** The first rows (up to five) that differ between live and shadow, each with its differing columns. */
    List<String> differences(long head);

    /**
     * How its rows are derived from the events: raise it when a release derives a column differently, so that
     * start-up rebuilds the rows an earlier release wrote (and a replay then compares equal).
     */
    default int derivation() {
        return 1;
    }

    /** Global indexes (first 100) of stored events up to {@code upTo} that it should show and does not. */
    List<Long> missing(long upTo);
}

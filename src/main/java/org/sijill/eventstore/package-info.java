/** The event store's wiring on PostgreSQL (Axon's JDBC engine), the embedded database, and the EventLog port. */
@NullMarked
package org.sijill.eventstore;

import org.jspecify.annotations.NullMarked;

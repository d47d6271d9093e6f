/**
 * Reads on a PostgreSQL streaming replica (CONTRACT.md {@code CHRONOLOGY_READ_REPLICA_URL}): with a replica set, the
 * public reads under {@code /api/v1} go to it and everything else to the primary; a read that follows a write of the
 * same client waits until the replica has replayed that write, or goes to the primary. Without one, nothing here runs.
 */
@NullMarked
package org.sijill.replica;

import org.jspecify.annotations.NullMarked;

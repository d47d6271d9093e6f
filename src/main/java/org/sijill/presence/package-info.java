/**
 * Presence on any date as known at any instant (CONTRACT.md "Which claim answers"): the claim rule, the
 * presence, series and diff answers and their CSV. Reads the {@code fact_version} and
 * {@code presence_subject} tables that {@code record} keeps, and writes nothing.
 */
@NullMarked
package org.sijill.presence;

import org.jspecify.annotations.NullMarked;

/** Audit: the hash-chained export, online and offline verification, replay and reconciliation. */
@NullMarked
package org.sijill.audit;

import org.jspecify.annotations.NullMarked;

/** Seed files: reading them and importing them through the aggregates. */
@NullMarked
package org.sijill.seed;

import org.jspecify.annotations.NullMarked;

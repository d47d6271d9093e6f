/** The record as read: the fact-versions read model, presence by the claim rule, series, diffs and exports. */
@NullMarked
package org.sijill.record;

import org.jspecify.annotations.NullMarked;

/** The record as read: the fact-versions read model (one row per version, valid and record time) and the fact read API. */
@NullMarked
package org.sijill.record;

import org.jspecify.annotations.NullMarked;

/** Editing: the write API and the one write path (WritePipeline), with exactly-once answers. */
@NullMarked
package org.sijill.editing;

import org.jspecify.annotations.NullMarked;

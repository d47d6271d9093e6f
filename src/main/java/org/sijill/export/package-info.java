/** The whole record as known at an instant, streamed as CSV or NDJSON for download and offline analysis. */
@NullMarked
package org.sijill.export;

import org.jspecify.annotations.NullMarked;

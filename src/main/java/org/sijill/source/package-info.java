/** Sources: the documents facts cite, their registry aggregate, projection and read API. */
@NullMarked
package org.sijill.source;

import org.jspecify.annotations.NullMarked;

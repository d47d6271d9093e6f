/** Agreements: their registry aggregate, projection and read API; AGREEMENT facts name them. */
@NullMarked
package org.sijill.agreement;

import org.jspecify.annotations.NullMarked;

/** Bases: their registry aggregate, projection and read API; BASE_STATUS facts name them. */
@NullMarked
package org.sijill.base;

import org.jspecify.annotations.NullMarked;

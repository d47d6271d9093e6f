/** Facts: the aggregate, its commands and events, what each kind is (KindSchema) and the vocabulary. */
@NullMarked
package org.sijill.fact;

import org.jspecify.annotations.NullMarked;

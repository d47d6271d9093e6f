/** What every read model is to the replay, the reconciliation and the swap: {@link org.sijill.readmodel.ReadModel}. */
@NullMarked
package org.sijill.readmodel;

import org.jspecify.annotations.NullMarked;

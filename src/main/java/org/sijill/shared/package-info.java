/** The small kernel every feature may use: errors, checks, periods, search text, after-commit actions. */
@NullMarked
package org.sijill.shared;

import org.jspecify.annotations.NullMarked;

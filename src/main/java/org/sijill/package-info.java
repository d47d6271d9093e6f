/**
 * Sijill, an event-sourced chronology of the coalition's presence in Iraq. Each sub-package is a feature
 * module ({@code ModularityTest}); types are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.sijill;

import org.jspecify.annotations.NullMarked;

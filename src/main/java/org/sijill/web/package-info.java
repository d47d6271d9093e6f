/** What every controller shares: parameters, problem+json errors, CSV, filters and the API document. */
@NullMarked
package org.sijill.web;

import org.jspecify.annotations.NullMarked;

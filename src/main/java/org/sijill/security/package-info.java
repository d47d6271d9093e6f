/** Users, roles and HTTP Basic authentication. */
@NullMarked
package org.sijill.security;

import org.jspecify.annotations.NullMarked;

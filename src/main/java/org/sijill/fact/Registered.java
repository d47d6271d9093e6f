package org.sijill.fact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a kind record's component: the id (a text) or ids (a list) of entries of this registry. Such fields are
 * checked against the registry on every write and indexed for the base and agreement filters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Registered {
    Reference value();
}

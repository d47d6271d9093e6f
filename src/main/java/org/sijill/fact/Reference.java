package org.sijill.fact;

/** A registry that a data field's value must name an entry of. */
public enum Reference {
    BASE, AGREEMENT
}

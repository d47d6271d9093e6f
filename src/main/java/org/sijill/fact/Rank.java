package org.sijill.fact;

/** Editorial weight of a claim: DEPRECATED claims never answer a presence question. */
public enum Rank {
    PREFERRED, NORMAL, DEPRECATED
}

package org.sijill.fact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A closed set of words (forces, scopes, statuses…), named as the page and the API document name it. */
public record TermSet(String name, List<Term> terms) {

    public TermSet {
        terms = List.copyOf(terms);
    }

    static TermSet of(String name, Term... terms) {
        return new TermSet(name, List.of(terms));
    }

    /** The codes, in declaration order. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        terms.forEach(term -> codes.add(term.code()));
        return codes;
    }
}

package org.sijill.fact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A closed set of words (forces, scopes, statuses…), named as the page and the API document name it, with
 * its codes in declaration order (validation asks for them on every write, so they are made once).
 */
public record TermSet(String name, List<Term> terms, Set<String> codes) {

    public TermSet {
        terms = List.copyOf(terms);
        codes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    static TermSet of(String name, Term... terms) {
        Set<String> codes = new LinkedHashSet<>();
        for (Term term : terms) {
            codes.add(term.code());
        }
        return new TermSet(name, List.of(terms), codes);
    }
}

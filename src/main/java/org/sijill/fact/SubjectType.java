package org.sijill.fact;

/**
 * What a presence answer is about: the troops of a force, the mission in a scope, a base, an agreement. Each
 * names the field by which its claims, its query filters and its CSV rows name the subject; the claim record
 * {@link About} a subject must have a component of that name ({@link KindSchema} refuses to load otherwise).
 */
public enum SubjectType {
    TROOPS("force"), MISSION("scope"), BASE("baseId"), AGREEMENT("agreementId");

    private final String field;

    SubjectType(String field) {
        this.field = field;
    }

    /** The data field and query parameter that name a subject of this type. */
    public String field() {
        return field;
    }
}

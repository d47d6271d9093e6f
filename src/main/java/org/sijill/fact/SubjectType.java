package org.sijill.fact;

/**
 * What a presence answer is about: the troops of a force, the mission in a scope, a base, an agreement. Each
 * names the field by which its claims, its query filters and its CSV rows name the subject; the claim record
 * {@link About} a subject must have a component of that name ({@link KindSchema} refuses to load otherwise).
 */
public enum SubjectType {
    TROOPS("force", "FORCE"), MISSION("scope", "SCOPE"), BASE("baseId", "BASE"), AGREEMENT("agreementId", "AGREEMENT");

    /** The {@code type} values of {@code GET /presence/series?type=}, as a regular expression. */
    public static final String TYPE_NAMES = "FORCE|SCOPE|BASE|AGREEMENT";

    private final String field;
    private final String typeName;

    SubjectType(String field, String typeName) {
        this.field = field;
        this.typeName = typeName;
    }

    /** The name by which a question asks for every subject of this type (CONTRACT.md: FORCE, SCOPE, BASE, AGREEMENT). */
    public String typeName() {
        return typeName;
    }

    public static SubjectType byTypeName(String name) {
        for (SubjectType type : values()) {
            if (type.typeName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no subject type " + name);
    }

    /** The data field and query parameter that name a subject of this type. */
    public String field() {
        return field;
    }
}

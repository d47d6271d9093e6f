package org.sijill.record;

import org.sijill.fact.SubjectType;

import java.util.ArrayList;
import java.util.List;

/** The presence subjects an answer is limited to (CONTRACT.md presence filters); empty: every subject. */
public record SubjectFilter(List<String> forces, List<String> scopes, List<String> baseIds,
                            List<String> agreementIds) {

    public static final SubjectFilter ALL = new SubjectFilter(List.of(), List.of(), List.of(), List.of());

    public SubjectFilter {
        forces = forces == null ? List.of() : List.copyOf(forces);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        baseIds = baseIds == null ? List.of() : List.copyOf(baseIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
    }

    boolean isEmpty() {
        return keys().isEmpty();
    }

    /** Subject keys as {@link Claim#key()} forms them. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        forces.forEach(id -> keys.add(SubjectType.TROOPS + "/" + id));
        scopes.forEach(id -> keys.add(SubjectType.MISSION + "/" + id));
        baseIds.forEach(id -> keys.add(SubjectType.BASE + "/" + id));
        agreementIds.forEach(id -> keys.add(SubjectType.AGREEMENT + "/" + id));
        return keys;
    }
}

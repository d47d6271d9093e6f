package org.sijill.fact;

/** What a presence answer is about: the troops of a force, the mission in a scope, a base, an agreement. */
public enum SubjectType {
    TROOPS, MISSION, BASE, AGREEMENT
}

package org.sijill.fact;

/** What a fact is about. The first five have structured data that projections interpret. */
public enum FactKind {
    TROOP_LEVEL, TROOP_MOVEMENT, BASE_STATUS, MISSION_PHASE, AGREEMENT,
    NEGOTIATION, STATEMENT, LEGISLATION, INCIDENT, EQUIPMENT, MILESTONE
}

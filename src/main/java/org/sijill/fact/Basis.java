package org.sijill.fact;

/**
 * How a source stands behind a claim (CONTRACT.md "Shapes"): reported as having happened, officially
 * announced as happening, or planned for the claim's date. PLANNED claims never decide presence.
 */
public enum Basis {
    REPORTED, ANNOUNCED, PLANNED
}

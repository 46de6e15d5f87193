package io.wirewatch.claims;

/**
 * The role of a number in a claim sentence, from a closed set. Only {@link #LAUNCHED} and {@link #DESTROYED}
 * are the claim's figures; {@link #LOST} and {@link #HIT} are carried beside them and never added to them;
 * {@link #OTHER} (still airborne, fell elsewhere, ...) is read so that the number takes no other role, and
 * dropped.
 */
enum Metric {
    LAUNCHED, DESTROYED, LOST, HIT, OTHER;

    /** Whether a figure of this role becomes part of a claim. */
    boolean kept() {
        return this != OTHER;
    }
}

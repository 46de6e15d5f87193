package io.wirewatch.streams;

import io.wirewatch.model.DroneClaim;
import java.util.List;

/**
 * Everything said about one attacker's drones on one day, by both sides: the largest total claim of each
 * claimant (syndicated copies and approximate restatements collapse into it) and whether a conflict fired.
 */
public record ConflictState(List<DroneClaim> claims, boolean alerted) {
    public ConflictState {
        claims = List.copyOf(claims);
    }
}

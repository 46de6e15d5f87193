package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Evidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code claim_conflict}: on one day, the attacking side's own figure for its drones and the defending
 * side's figure disagree. Claims are grouped by attacker country and day; the attacker's side is any
 * claimant of that country, the defender's side any other claimant.
 *
 * <p>They disagree when the defender says it destroyed more drones than the attacker says it launched,
 * or when both state a launched figure and they differ by more than {@value #LAUNCH_TOLERANCE} of the
 * larger. Fires once per attacker and day.
 */
final class ClaimConflictDetector {
    /** Two honest counts of one night's launches rarely differ by more than this. */
    static final double LAUNCH_TOLERANCE = 0.25;

    Stepped<ConflictState> add(ConflictState state, DroneClaim claim, Instant eventTime) {
        List<DroneClaim> claims = new ArrayList<>(state == null ? List.of() : state.claims());
        boolean alerted = state != null && state.alerted();
        int same = -1;
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).claimant().equals(claim.claimant())) {
                same = i;
            }
        }
        if (same < 0) {
            claims.add(claim);
        } else if (peak(claim) > peak(claims.get(same))) {
            claims.set(same, claim);
        }
        ConflictState next = new ConflictState(claims, alerted);
        if (alerted) {
            return Stepped.quiet(next);
        }
        String attacker = claim.attackerCountry();
        for (DroneClaim own : claims) {
            if (!attacker.equals(own.claimantCountry()) || own.launched() == null) {
                continue;
            }
            for (DroneClaim other : claims) {
                if (attacker.equals(other.claimantCountry())) {
                    continue;
                }
                if (disagree(own, other)) {
                    return Stepped.firing(new ConflictState(claims, true), alert(own, other, eventTime));
                }
            }
        }
        return Stepped.quiet(next);
    }

    private static boolean disagree(DroneClaim attackerSide, DroneClaim defenderSide) {
        int launched = attackerSide.launched();
        if (defenderSide.destroyed() != null && defenderSide.destroyed() > launched) {
            return true;
        }
        if (defenderSide.launched() != null) {
            int a = defenderSide.launched();
            return Math.abs(a - launched) > LAUNCH_TOLERANCE * Math.max(a, launched);
        }
        return false;
    }

    private static Alert alert(DroneClaim attackerSide, DroneClaim defenderSide, Instant eventTime) {
        List<String> articles = new ArrayList<>(List.of(attackerSide.articleId()));
        if (!Objects.equals(attackerSide.articleId(), defenderSide.articleId())) {
            articles.add(defenderSide.articleId());
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(attackerSide.evidence());
        evidence.add(defenderSide.evidence());
        return new Alert(
                AlertIds.of("claim_conflict", attackerSide.attackerCountry(), attackerSide.day()),
                "claim_conflict", "warning", attackerSide.day(), defenderSide.claimant(), "drone_strikes",
                "Conflicting drone claims on " + attackerSide.day(),
                attackerSide.claimant() + " says " + LedgerAlertRules.figures(attackerSide.launched(), attackerSide.destroyed())
                        + "; " + defenderSide.claimant() + " says "
                        + LedgerAlertRules.figures(defenderSide.launched(), defenderSide.destroyed()),
                articles, evidence, eventTime);
    }

    private static int peak(DroneClaim c) {
        return Math.max(c.launched() == null ? 0 : c.launched(), c.destroyed() == null ? 0 : c.destroyed());
    }
}

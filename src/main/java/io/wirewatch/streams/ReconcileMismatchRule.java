package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code reconcile_mismatch}: a paired reference window and ledger claim differ beyond the tolerance. The id is
 * the pair (window key + the claim's first article), so {@link AlertGate} lets it through once however often
 * the day is reconciled again — a syndicated copy, a corrected reference row that still disagrees, a replay.
 */
final class ReconcileMismatchRule {
    static final String TYPE = "reconcile_mismatch";

    private ReconcileMismatchRule() {
    }

    static List<Alert> alerts(Reconciliation day, Instant eventTime) {
        return day.pairs().stream().filter(p -> p.status() == ReconcileStatus.MISMATCH)
                .map(p -> alert(day, p, eventTime)).toList();
    }

    static String id(ReconcilePair p) {
        return AlertIds.of(TYPE, p.windowKey(), p.firstArticleId());
    }

    private static Alert alert(Reconciliation day, ReconcilePair p, Instant eventTime) {
        String message = day.claimant() + " claims " + figures(p.ledgerLaunched(), p.ledgerDestroyed())
                + "; the reference window " + p.windowStart() + " → " + p.windowEnd() + " (" + p.reporter() + ") has "
                + figures(p.referenceLaunched(), p.referenceDestroyed()) + "; difference "
                + signed(p.launchedDifference()) + " launched, " + signed(p.destroyedDifference())
                + " destroyed, beyond the tolerance of " + String.format(Locale.ROOT, "%.0f%%", day.tolerance() * 100);
        return new Alert(id(p), TYPE, "warning", day.day(), day.claimant(), "drone_strikes",
                "Ledger of " + day.claimant() + " disagrees with the reference on " + day.day(), message,
                p.articleIds(), p.evidence() == null ? List.of() : List.of(p.evidence()), eventTime);
    }

    private static String figures(Integer launched, Integer destroyed) {
        return (launched == null ? "?" : launched.toString()) + " launched / "
                + (destroyed == null ? "?" : destroyed.toString()) + " destroyed";
    }

    private static String signed(Integer d) {
        return d == null ? "n/a" : d > 0 ? "+" + d : d.toString();
    }
}

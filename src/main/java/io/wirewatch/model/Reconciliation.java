package io.wirewatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of {@code GET /api/reconcile}: every reference window and every ledger claim of {@code claimant}
 * on {@code day}, paired where they state the same report.
 *
 * @param tolerance the relative tolerance the statuses were judged with ({@code wirewatch.reconcile.tolerance})
 */
public record Reconciliation(LocalDate day, String claimant, double tolerance, List<ReconcilePair> pairs) {
    public Reconciliation {
        pairs = List.copyOf(pairs);
    }
}

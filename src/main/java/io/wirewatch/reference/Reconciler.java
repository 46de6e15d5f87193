package io.wirewatch.reference;

import io.wirewatch.claims.SameClaim;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs one day's reference windows with the same day's ledger claims of {@link #CLAIMANT} and judges each
 * pair. Pure: the topology's join and {@code bin/wirewatch reconcile} call the same method.
 *
 * <p>Rules:
 * <ol>
 *   <li>Only the ledger's distinct total claims take part (regional breakdowns never do), each once however
 *       many articles carried it.</li>
 *   <li>The distance of a window and a claim is the largest relative difference over the figures both state,
 *       {@code |ledger − reference| / max(reference, 1)}; with no figure in common they cannot pair.</li>
 *   <li>Pairs are made one to one, closest first (nearest figures), so two windows on one day (a night's
 *       national report and a regional daytime one) go to the claims that state them. Ties go to the Air
 *       Force's national report ({@value #NATIONAL_REPORTER}), then to the window key.</li>
 *   <li>A paired window and claim are a {@code match} when every shared figure is equal, {@code within_tolerance}
 *       when the distance is at most the tolerance, else a {@code mismatch}. Whatever is left unpaired is
 *       {@code only_reference} or {@code only_ledger}.</li>
 * </ol>
 */
public final class Reconciler {
    /** The ledger claimant the reference describes: the dataset digitises the Ukrainian Air Force's reports. */
    public static final String CLAIMANT = "ua-air-force";
    /** The Air Force's own channel; its windows are the national morning reports. */
    public static final String NATIONAL_REPORTER = "kpszsu";
    /**
     * Default of {@code wirewatch.reconcile.tolerance}: the ledger's own bound for "the same statement"
     * ({@link SameClaim#TOLERANCE}, 10%), so a claim the ledger would take for the reference's figure is not
     * flagged, while a wrong digit or another window's total is.
     */
    public static final double DEFAULT_TOLERANCE = SameClaim.TOLERANCE;

    private final double tolerance;

    public Reconciler(double tolerance) {
        if (!(tolerance >= 0) || tolerance >= 1) {
            throw new IllegalArgumentException("wirewatch.reconcile.tolerance must be in [0, 1), got " + tolerance);
        }
        this.tolerance = tolerance;
    }

    public double tolerance() {
        return tolerance;
    }

    private record Candidate(int window, int claim, double distance, boolean national, String key) {
    }

    /**
     * The day's reconciliation, or null when neither side has anything on {@code day} (a tombstone for the
     * join's table).
     */
    public Reconciliation reconcile(LocalDate day, ReferenceDay reference, DailyDroneCount ledger) {
        List<ReferenceWindow> windows = reference == null ? List.of() : reference.windows();
        List<LedgerClaim> claims = ledger == null ? List.of() : ledger.claims();
        if (windows.isEmpty() && claims.isEmpty()) {
            return null;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            for (int c = 0; c < claims.size(); c++) {
                double d = distance(windows.get(w), claims.get(c));
                if (Double.isFinite(d)) {
                    ReferenceWindow win = windows.get(w);
                    candidates.add(new Candidate(w, c, d, NATIONAL_REPORTER.equals(win.reporter()), win.key()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance)
                .thenComparing(Candidate::national, Comparator.reverseOrder())
                .thenComparing(Candidate::key).thenComparingInt(Candidate::claim));
        int[] claimOf = new int[windows.size()];
        java.util.Arrays.fill(claimOf, -1);
        boolean[] claimTaken = new boolean[claims.size()];
        for (Candidate k : candidates) {
            if (claimOf[k.window()] < 0 && !claimTaken[k.claim()]) {
                claimOf[k.window()] = k.claim();
                claimTaken[k.claim()] = true;
            }
        }
        List<ReconcilePair> pairs = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            pairs.add(pair(windows.get(w), claimOf[w] < 0 ? null : claims.get(claimOf[w])));
        }
        for (int c = 0; c < claims.size(); c++) {
            if (!claimTaken[c]) {
                pairs.add(pair(null, claims.get(c)));
            }
        }
        String claimant = ledger != null ? ledger.claimant() : CLAIMANT;
        return new Reconciliation(day, claimant, tolerance, pairs);
    }

    /** Largest relative difference over the figures both state; infinite when they share none. */
    static double distance(ReferenceWindow w, LedgerClaim c) {
        double d = Double.POSITIVE_INFINITY;
        if (w.launched() != null && c.launched() != null) {
            d = relative(w.launched(), c.launched());
        }
        if (w.destroyed() != null && c.destroyed() != null) {
            double x = relative(w.destroyed(), c.destroyed());
            d = Double.isFinite(d) ? Math.max(d, x) : x;
        }
        return d;
    }

    private static double relative(int reference, int ledger) {
        return Math.abs(ledger - reference) / (double) Math.max(reference, 1);
    }

    ReconcileStatus status(ReferenceWindow w, LedgerClaim c) {
        if (w == null) {
            return ReconcileStatus.ONLY_LEDGER;
        }
        if (c == null) {
            return ReconcileStatus.ONLY_REFERENCE;
        }
        double d = distance(w, c);
        if (d == 0) {
            return ReconcileStatus.MATCH;
        }
        return d <= tolerance ? ReconcileStatus.WITHIN_TOLERANCE : ReconcileStatus.MISMATCH;
    }

    private ReconcilePair pair(ReferenceWindow w, LedgerClaim c) {
        return new ReconcilePair(status(w, c),
                w == null ? null : w.key(), w == null ? null : w.reporter(),
                w == null ? null : w.start(), w == null ? null : w.end(),
                w == null ? null : w.launched(), w == null ? null : w.destroyed(),
                c == null ? null : c.launched(), c == null ? null : c.destroyed(),
                c == null ? null : c.qualifier(),
                difference(w == null ? null : w.launched(), c == null ? null : c.launched()),
                difference(w == null ? null : w.destroyed(), c == null ? null : c.destroyed()),
                c == null ? null : c.evidence(), c == null ? null : c.firstArticleId(),
                c == null ? List.of() : c.articleIds());
    }

    private static Integer difference(Integer reference, Integer ledger) {
        return reference == null || ledger == null ? null : ledger - reference;
    }
}

package io.wirewatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.ReconcilePair;
import io.wirewatch.model.ReconcileStatus;
import io.wirewatch.model.Reconciliation;
import io.wirewatch.model.ReferenceDay;
import io.wirewatch.model.ReferenceModel;
import io.wirewatch.model.ReferenceWindow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing a day's reference windows with the same day's ledger claims, and the status of each pair. */
class ReconcilerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 26);
    private final Reconciler reconciler = new Reconciler(0.10);

    static ReferenceWindow window(String start, String end, String reporter, Integer launched, Integer destroyed) {
        return new ReferenceWindow(ReferenceWindow.key(start, end, reporter), DAY, start, end, reporter, launched, destroyed,
                List.of(new ReferenceModel("Shahed-136/131", launched, destroyed)), List.of(reporter + "/posts/x"));
    }

    static final ReferenceWindow NIGHT = window("2026-01-25 18:00", "2026-01-26 08:00", "kpszsu", 90, 80);
    static final ReferenceWindow DAYTIME = window("2026-01-26", "2026-01-26", "PvKPivden", 14, 12);

    static LedgerClaim claim(String article, Integer launched, Integer destroyed) {
        return new LedgerClaim(launched, destroyed, null, null, Qualifier.EXACT, "RU", new Evidence("x", 0, 1), article,
                List.of(article), List.of("wire"));
    }

    static DailyDroneCount ledger(LedgerClaim... claims) {
        return new DailyDroneCount(DAY, Reconciler.CLAIMANT, "UA", null, null, null, null, List.of(claims), List.of(), claims.length, 1);
    }

    private Reconciliation reconcile(List<ReferenceWindow> windows, DailyDroneCount ledger) {
        return reconciler.reconcile(DAY, new ReferenceDay(DAY, windows), ledger);
    }

    @Test
    void shouldPairTwoWindowsOfOneDayWithTheClaimsOfNearestFigures() {
        Reconciliation r = reconcile(List.of(NIGHT, DAYTIME), ledger(claim("day", 14, 12), claim("night", 90, 80)));

        assertThat(r.pairs()).extracting(ReconcilePair::windowKey, ReconcilePair::firstArticleId, ReconcilePair::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NIGHT.key(), "night", ReconcileStatus.MATCH),
                        org.assertj.core.groups.Tuple.tuple(DAYTIME.key(), "day", ReconcileStatus.MATCH));
    }

    @Test
    void shouldCallADifferenceWithinTheToleranceWithinToleranceAndBeyondItAMismatch() {
        ReconcilePair close = reconcile(List.of(NIGHT), ledger(claim("a", 95, 80))).pairs().get(0);
        ReconcilePair far = reconcile(List.of(NIGHT), ledger(claim("a", 90, 60))).pairs().get(0);

        assertThat(close.status()).isEqualTo(ReconcileStatus.WITHIN_TOLERANCE);
        assertThat(close.launchedDifference()).isEqualTo(5);
        assertThat(far.status()).isEqualTo(ReconcileStatus.MISMATCH);
        assertThat(far.destroyedDifference()).isEqualTo(-20);
        assertThat(far.articleIds()).containsExactly("a");
    }

    @Test
    void shouldCompareOnlyTheFiguresBothState() {
        ReconcilePair p = reconcile(List.of(NIGHT), ledger(claim("a", null, 80))).pairs().get(0);

        assertThat(p.status()).isEqualTo(ReconcileStatus.MATCH);
        assertThat(p.launchedDifference()).isNull();
    }

    @Test
    void shouldLeaveAClaimWithoutAWindowAndAWindowWithoutAClaimUnpaired() {
        Reconciliation onlyLedger = reconciler.reconcile(DAY, null, ledger(claim("a", 90, 80)));
        Reconciliation onlyReference = reconcile(List.of(NIGHT), null);
        Reconciliation extraClaim = reconcile(List.of(NIGHT), ledger(claim("a", 90, 80), claim("b", 30, 20)));

        assertThat(onlyLedger.pairs()).extracting(ReconcilePair::status).containsExactly(ReconcileStatus.ONLY_LEDGER);
        assertThat(onlyReference.pairs()).extracting(ReconcilePair::status).containsExactly(ReconcileStatus.ONLY_REFERENCE);
        assertThat(extraClaim.pairs()).extracting(ReconcilePair::status)
                .containsExactly(ReconcileStatus.MATCH, ReconcileStatus.ONLY_LEDGER);
    }

    @Test
    void shouldPreferTheNationalReportWhenTwoWindowsAreEquallyNear() {
        ReferenceWindow regional = window("2026-01-25 18:00", "2026-01-26 08:00", "PvKPivden", 90, 80);

        ReconcilePair p = reconcile(List.of(regional, NIGHT), ledger(claim("a", 90, 80))).pairs().stream()
                .filter(x -> x.firstArticleId() != null).findFirst().orElseThrow();

        assertThat(p.reporter()).isEqualTo("kpszsu");
    }

    @Test
    void shouldAnswerNothingForADayWithNeitherSide() {
        assertThat(reconciler.reconcile(DAY, ReferenceDay.empty(), null)).isNull();
    }
}

package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.LedgerClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts that follow from a change of a daily ledger: {@code mass_drone_attack} (a distinct claim reaches
 * the threshold) and {@code daily_threshold} (a claimant's daily total crosses its level).
 *
 * <p>Both compare the ledger before and after one claim, so a syndicated copy (which changes no figure)
 * never fires again, and cumulative figures (never in a ledger) never fire at all.
 */
final class LedgerAlertRules {
    private final AlertSettings settings;

    LedgerAlertRules(AlertSettings settings) {
        this.settings = settings;
    }

    List<Alert> evaluate(DailyDroneCount before, DailyDroneCount after, Instant eventTime) {
        List<Alert> alerts = new ArrayList<>();
        List<LedgerClaim> previous = before == null ? List.of() : before.claims();
        for (int i = 0; i < after.claims().size(); i++) {
            LedgerClaim now = after.claims().get(i);
            // Ledger claims keep their index (merges happen in place), so index i is the same statement.
            boolean wasMassive = i < previous.size() && peak(previous.get(i)) >= settings.massAttackThreshold();
            if (!wasMassive && peak(now) >= settings.massAttackThreshold()) {
                alerts.add(massAttack(after, now, eventTime));
            }
        }
        int level = settings.dailyThreshold();
        if (peakTotal(before) < level && peakTotal(after) >= level) {
            alerts.add(dailyThreshold(after, eventTime));
        }
        return alerts;
    }

    private Alert massAttack(DailyDroneCount day, LedgerClaim claim, Instant eventTime) {
        String figures = figures(claim.launched(), claim.destroyed());
        return new Alert(
                AlertIds.of("mass_drone_attack", day.claimant(), day.day(), claim.firstArticleId()),
                "mass_drone_attack",
                peak(claim) >= 2 * settings.massAttackThreshold() ? "critical" : "warning",
                day.day(), day.claimant(), "drone_strikes",
                "Mass drone attack claimed by " + day.claimant() + " on " + day.day(),
                day.claimant() + " (" + day.claimantCountry() + ") claims " + figures
                        + (claim.attackerCountry() == null ? "" : " (drones from " + claim.attackerCountry() + ")")
                        + ", " + claim.qualifier().json() + "; reported by " + claim.articleCount()
                        + " article(s)",
                claim.articleIds(), List.of(claim.evidence()), eventTime);
    }

    private Alert dailyThreshold(DailyDroneCount day, Instant eventTime) {
        List<String> articles = new ArrayList<>();
        day.claims().forEach(c -> articles.addAll(c.articleIds()));
        return new Alert(
                AlertIds.of("daily_threshold", day.claimant(), day.day()),
                "daily_threshold", "warning", day.day(), day.claimant(), "drone_strikes",
                "Daily drone total of " + day.claimant() + " crossed " + settings.dailyThreshold(),
                day.claimant() + " on " + day.day() + ": " + figures(day.launched(), day.destroyed())
                        + " over " + day.claims().size() + " distinct statement(s)",
                articles.stream().distinct().toList(),
                day.claims().stream().map(LedgerClaim::evidence).toList(), eventTime);
    }

    static String figures(Integer launched, Integer destroyed) {
        if (launched != null && destroyed != null) {
            return destroyed + " of " + launched + " drones destroyed";
        }
        return launched != null ? launched + " drones launched" : destroyed + " drones destroyed";
    }

    private static int peak(LedgerClaim c) {
        return Math.max(c.launched() == null ? 0 : c.launched(), c.destroyed() == null ? 0 : c.destroyed());
    }

    private static int peakTotal(DailyDroneCount d) {
        if (d == null) {
            return 0;
        }
        return Math.max(d.launched() == null ? 0 : d.launched(), d.destroyed() == null ? 0 : d.destroyed());
    }
}

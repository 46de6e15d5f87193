package io.wirewatch.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code news.drone-daily} value, keyed {@code <claimant>|<day>}: a claimant's distinct total claims
 * for one day, summed, with the regional breakdowns kept aside (they never add to the total).
 *
 * @param launched  sum over distinct total claims that state a launched figure, or null if none does
 * @param destroyed sum over distinct total claims that state a destroyed figure, or null if none does
 * @param lost      sum of the distinct claims' lost figures (never part of launched or destroyed), or null
 * @param hit       sum of the distinct claims' hit figures, or null
 * @param articles  distinct articles behind this day's claims
 * @param sources   distinct sources behind this day's claims
 */
public record DailyDroneCount(
        LocalDate day,
        String claimant,
        String claimantCountry,
        Integer launched,
        Integer destroyed,
        Integer lost,
        Integer hit,
        List<LedgerClaim> claims,
        List<DroneClaim> regions,
        int articles,
        int sources) {

    public DailyDroneCount {
        claims = List.copyOf(claims);
        regions = List.copyOf(regions);
    }

    public static String key(String claimant, LocalDate day) {
        return claimant + "|" + day;
    }
}

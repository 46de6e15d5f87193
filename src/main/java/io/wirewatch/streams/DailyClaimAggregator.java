package io.wirewatch.streams;

import io.wirewatch.claims.SameClaim;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.Qualifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Folds claims into a claimant's daily ledger (rule 1 of {@link SameClaim}). Pure logic, no Kafka: the ledger
 * processor calls it.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@code cumulative} claims never enter a daily record (they span many days).</li>
 *   <li>{@code region} claims are kept as a breakdown, once per (region, figures), never summed.</li>
 *   <li>A {@code total} claim is the <em>same</em> as a ledger claim when every figure both state is equal
 *       (a syndicated copy that drops the launched figure is still the same statement); its article and
 *       source are added to that claim.</li>
 *   <li>A non-exact figure (approximate or a bound) within {@value #APPROXIMATE_TOLERANCE} of a ledger
 *       claim, or an exact figure within that of a non-exact ledger claim, is the same claim; the exact
 *       figure wins.</li>
 *   <li>Otherwise it is a distinct statement and adds to the day's totals.</li>
 *   <li>An article already counted for a claim changes nothing (duplicate delivery).</li>
 * </ol>
 */
public final class DailyClaimAggregator {
    /** The rule: "about 100" and "99" of one claimant on one day are one claim. */
    static final double APPROXIMATE_TOLERANCE = SameClaim.TOLERANCE;

    private DailyClaimAggregator() {
    }

    public static DailyDroneCount empty(DroneClaim claim) {
        return new DailyDroneCount(claim.day(), claim.claimant(), claim.claimantCountry(), null, null, null, null,
                List.of(), List.of(), 0, 0);
    }

    /** The ledger after {@code report}; equal to {@code current} when the report adds nothing. */
    public static DailyDroneCount add(DailyDroneCount current, ClaimReport report) {
        DroneClaim claim = report.claim();
        if (current == null) {
            current = empty(claim);
        }
        return switch (claim.scope()) {
            case CUMULATIVE -> current;
            case REGION -> addRegion(current, report);
            case TOTAL -> addTotal(current, report);
        };
    }

    private static DailyDroneCount addRegion(DailyDroneCount current, ClaimReport report) {
        DroneClaim claim = report.claim();
        boolean known = current.regions().stream().anyMatch(r ->
                Objects.equals(r.region(), claim.region())
                        && Objects.equals(r.launched(), claim.launched())
                        && Objects.equals(r.destroyed(), claim.destroyed()));
        if (known) {
            return current;
        }
        List<DroneClaim> regions = new ArrayList<>(current.regions());
        regions.add(claim);
        return rebuild(current, current.claims(), regions, report);
    }

    private static DailyDroneCount addTotal(DailyDroneCount current, ClaimReport report) {
        DroneClaim claim = report.claim();
        List<LedgerClaim> claims = new ArrayList<>(current.claims());
        int match = indexOfSame(claims, claim);
        if (match < 0) {
            match = indexOfApproximate(claims, claim);
        }
        if (match < 0) {
            claims.add(new LedgerClaim(claim.launched(), claim.destroyed(), claim.lost(), claim.hit(), claim.qualifier(),
                    claim.attackerCountry(), claim.evidence(), claim.articleId(),
                    List.of(claim.articleId()), report.source() == null ? List.of() : List.of(report.source())));
        } else {
            LedgerClaim merged = merge(claims.get(match), report);
            if (merged.equals(claims.get(match))) {
                return current;
            }
            claims.set(match, merged);
        }
        return rebuild(current, claims, current.regions(), report);
    }

    private static int indexOfSame(List<LedgerClaim> claims, DroneClaim claim) {
        for (int i = 0; i < claims.size(); i++) {
            LedgerClaim c = claims.get(i);
            if (agree(c.launched(), claim.launched(), 0) && agree(c.destroyed(), claim.destroyed(), 0)
                    && sharesFigure(c, claim)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfApproximate(List<LedgerClaim> claims, DroneClaim claim) {
        for (int i = 0; i < claims.size(); i++) {
            LedgerClaim c = claims.get(i);
            boolean oneIsLoose = claim.qualifier() != Qualifier.EXACT || c.qualifier() != Qualifier.EXACT;
            if (oneIsLoose && sharesFigure(c, claim)
                    && agree(c.launched(), claim.launched(), APPROXIMATE_TOLERANCE)
                    && agree(c.destroyed(), claim.destroyed(), APPROXIMATE_TOLERANCE)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sharesFigure(LedgerClaim c, DroneClaim claim) {
        return (c.launched() != null && claim.launched() != null)
                || (c.destroyed() != null && claim.destroyed() != null);
    }

    private static boolean agree(Integer a, Integer b, double tolerance) {
        return SameClaim.agree(a, b, tolerance);
    }

    private static LedgerClaim merge(LedgerClaim c, ClaimReport report) {
        DroneClaim claim = report.claim();
        Set<String> articles = new LinkedHashSet<>(c.articleIds());
        articles.add(claim.articleId());
        Set<String> sources = new LinkedHashSet<>(c.sources());
        if (report.source() != null) {
            sources.add(report.source());
        }
        boolean newWins = claim.qualifier() == Qualifier.EXACT && c.qualifier() != Qualifier.EXACT;
        Integer launched = newWins && claim.launched() != null ? claim.launched()
                : c.launched() != null ? c.launched() : claim.launched();
        Integer destroyed = newWins && claim.destroyed() != null ? claim.destroyed()
                : c.destroyed() != null ? c.destroyed() : claim.destroyed();
        return new LedgerClaim(launched, destroyed,
                c.lost() != null ? c.lost() : claim.lost(), c.hit() != null ? c.hit() : claim.hit(),
                newWins ? claim.qualifier() : c.qualifier(),
                c.attackerCountry() != null ? c.attackerCountry() : claim.attackerCountry(),
                newWins ? claim.evidence() : c.evidence(),
                c.firstArticleId(), List.copyOf(articles), List.copyOf(sources));
    }

    /** Totals, article and source counts are always recomputed from the claims, never incremented. */
    private static DailyDroneCount rebuild(DailyDroneCount current, List<LedgerClaim> claims,
                                           List<DroneClaim> regions, ClaimReport report) {
        Integer launched = SameClaim.sum(claims, LedgerClaim::launched);
        Integer destroyed = SameClaim.sum(claims, LedgerClaim::destroyed);
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (LedgerClaim c : claims) {
            articles.addAll(c.articleIds());
            sources.addAll(c.sources());
        }
        for (DroneClaim r : regions) {
            articles.add(r.articleId());
        }
        String country = current.claimantCountry() != null ? current.claimantCountry()
                : report.claim().claimantCountry();
        return new DailyDroneCount(current.day(), current.claimant(), country, launched, destroyed,
                SameClaim.sum(claims, LedgerClaim::lost), SameClaim.sum(claims, LedgerClaim::hit),
                claims, regions, articles.size(), sources.size());
    }
}

package io.wirewatch.claims;

import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.Qualifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What "the same claim" means, in one place (docs/ARCHITECTURE.md, "Counted once").
 *
 * <ol>
 *   <li><b>One claimant, one day</b> ({@code streams.DailyClaimAggregator}): a claim is the same as a ledger claim when
 *       every figure both state is equal, or within {@value #TOLERANCE} of the larger when either is not exact
 *       (the exact one wins); they must share at least one stated figure.</li>
 *   <li><b>One country, one day</b> ({@link #perCountry}): a generic country claimant's claim
 *       ({@code ru-government}: "Russia said") that is the same, by rule 1, as a claim of a named body of that
 *       country on that day ({@code ru-mod}) is that body's claim, reported by an outlet that did not name the
 *       body. It is folded into the body's row, so a per-country sum never counts the statement twice.</li>
 *   <li>Two claims of one named body on one day that are not the same by rule 1 are two statements (a morning
 *       and an evening update): they add up.</li>
 * </ol>
 */
public final class SameClaim {
    /** "about 100" and "99" of one claimant on one day are one claim. */
    public static final double TOLERANCE = 0.10;
    /** Claimant ids with this suffix name a country speaking generically ("Moscow says", "Kyiv says"). */
    public static final String GENERIC_SUFFIX = "-government";

    private SameClaim() {
    }

    /** Rule 1 on bare figures. */
    public static boolean same(Integer launchedA, Integer destroyedA, Qualifier qa,
                               Integer launchedB, Integer destroyedB, Qualifier qb) {
        boolean shares = (launchedA != null && launchedB != null) || (destroyedA != null && destroyedB != null);
        if (!shares) {
            return false;
        }
        double tolerance = qa == Qualifier.EXACT && qb == Qualifier.EXACT ? 0 : TOLERANCE;
        return agree(launchedA, launchedB, tolerance) && agree(destroyedA, destroyedB, tolerance);
    }

    /** Figures agree when either is unstated or they differ by at most {@code tolerance} of the larger. */
    public static boolean agree(Integer a, Integer b, double tolerance) {
        if (a == null || b == null) {
            return true;
        }
        return Math.abs(a - b) <= tolerance * Math.max(a, b);
    }

    /** The sum of one figure over distinct claims, or null when none states it. */
    public static Integer sum(List<LedgerClaim> claims, java.util.function.Function<LedgerClaim, Integer> figure) {
        Integer total = null;
        for (LedgerClaim c : claims) {
            Integer v = figure.apply(c);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

    public static boolean isGeneric(String claimant) {
        return claimant != null && claimant.endsWith(GENERIC_SUFFIX);
    }

    /**
     * Rule 2 over ledger rows: each generic claimant's claim that a named body of its country states the same
     * day is removed from the generic row (its articles and sources join the body's claim); the generic row's
     * sums are recomputed and a row left without claims or regions is dropped. Rows keep their order.
     */
    public static List<DailyDroneCount> perCountry(List<DailyDroneCount> rows) {
        List<DailyDroneCount> out = new ArrayList<>(rows.size());
        List<DailyDroneCount> named = rows.stream().filter(r -> !isGeneric(r.claimant())).toList();
        List<DailyDroneCount> folded = new ArrayList<>(named);
        for (DailyDroneCount row : rows) {
            if (!isGeneric(row.claimant())) {
                continue;
            }
            List<LedgerClaim> kept = new ArrayList<>();
            for (LedgerClaim c : row.claims()) {
                int target = bodyStating(folded, row, c);
                if (target < 0) {
                    kept.add(c);
                } else {
                    folded.set(target, withCorroboration(folded.get(target), c));
                }
            }
            if (!kept.isEmpty() || !row.regions().isEmpty()) {
                folded.add(kept.size() == row.claims().size() ? row : withClaims(row, kept));
            }
        }
        // Back into the input's order (by day then claimant), the folded copies in place of the originals.
        for (DailyDroneCount r : rows) {
            folded.stream().filter(f -> f.claimant().equals(r.claimant()) && f.day().equals(r.day()))
                    .findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static int bodyStating(List<DailyDroneCount> rows, DailyDroneCount generic, LedgerClaim c) {
        for (int i = 0; i < rows.size(); i++) {
            DailyDroneCount r = rows.get(i);
            if (isGeneric(r.claimant()) || !r.day().equals(generic.day())
                    || r.claimantCountry() == null || !r.claimantCountry().equals(generic.claimantCountry())) {
                continue;
            }
            for (LedgerClaim o : r.claims()) {
                if (same(o.launched(), o.destroyed(), o.qualifier(), c.launched(), c.destroyed(), c.qualifier())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The body's row with the generic claim's articles and sources joined to its same claim. Lists keep their
     * bound ({@link LedgerClaim#ARTICLE_IDS_KEPT}); counts add, less what both lists show twice: exact while the
     * lists are complete, at most an outlet or copy too many per claim beyond them.
     */
    private static DailyDroneCount withCorroboration(DailyDroneCount body, LedgerClaim generic) {
        List<LedgerClaim> claims = new ArrayList<>(body.claims());
        Set<String> dayArticles = new LinkedHashSet<>();
        Set<String> daySources = new LinkedHashSet<>();
        body.claims().forEach(c -> {
            dayArticles.addAll(c.articleIds());
            daySources.addAll(c.sources());
        });
        body.regions().forEach(r -> dayArticles.add(r.articleId()));
        for (int i = 0; i < claims.size(); i++) {
            LedgerClaim o = claims.get(i);
            if (same(o.launched(), o.destroyed(), o.qualifier(), generic.launched(), generic.destroyed(),
                    generic.qualifier())) {
                List<String> articles = joined(o.articleIds(), generic.articleIds(), LedgerClaim.ARTICLE_IDS_KEPT);
                List<String> sources = joined(o.sources(), generic.sources(), LedgerClaim.SOURCES_KEPT);
                claims.set(i, new LedgerClaim(o.launched(), o.destroyed(), o.lost(), o.hit(), o.qualifier(),
                        o.attackerCountry(), o.evidence(), o.firstArticleId(), articles, sources,
                        o.articleCount() + generic.articleCount() - overlap(o.articleIds(), generic.articleIds()),
                        o.sourceCount() + generic.sourceCount() - overlap(o.sources(), generic.sources())));
                return new DailyDroneCount(body.day(), body.claimant(), body.claimantCountry(),
                        sum(claims, LedgerClaim::launched), sum(claims, LedgerClaim::destroyed),
                        sum(claims, LedgerClaim::lost), sum(claims, LedgerClaim::hit), claims, body.regions(),
                        body.articles() + generic.articleCount() - overlap(dayArticles, generic.articleIds()),
                        body.sources() + generic.sourceCount() - overlap(daySources, generic.sources()));
            }
        }
        return body;
    }

    private static List<String> joined(List<String> a, List<String> b, int bound) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all.stream().limit(Math.max(bound, a.size())).toList();
    }

    private static int overlap(java.util.Collection<String> a, List<String> b) {
        Set<String> in = new java.util.HashSet<>(a);
        return (int) b.stream().distinct().filter(in::contains).count();
    }

    /**
     * A generic row left with the claims no body states. Its counts are those of the lists when every list is
     * complete (as before the bound), else the claims' counts summed, never more than the row had.
     */
    private static DailyDroneCount withClaims(DailyDroneCount row, List<LedgerClaim> claims) {
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        boolean complete = true;
        int articleSum = 0;
        int sourceSum = 0;
        for (LedgerClaim c : claims) {
            articles.addAll(c.articleIds());
            sources.addAll(c.sources());
            complete &= c.articleCount() == c.articleIds().size() && c.sourceCount() == c.sources().size();
            articleSum += c.articleCount();
            sourceSum += c.sourceCount();
        }
        row.regions().forEach(r -> articles.add(r.articleId()));
        int articleCount = complete ? articles.size() : Math.min(row.articles(), articleSum + row.regions().size());
        int sourceCount = complete ? sources.size() : Math.min(row.sources(), sourceSum);
        return new DailyDroneCount(row.day(), row.claimant(), row.claimantCountry(),
                sum(claims, LedgerClaim::launched),
                sum(claims, LedgerClaim::destroyed),
                sum(claims, LedgerClaim::lost), sum(claims, LedgerClaim::hit),
                claims, row.regions(), articleCount, sourceCount);
    }
}

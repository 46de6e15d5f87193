package io.wirewatch.streams;

import io.wirewatch.claims.SameClaim;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 *   <li>An article already counted for a claim changes nothing (duplicate delivery). A claim lists its first
 *       {@value LedgerClaim#ARTICLE_IDS_KEPT} articles and sources and counts all of them; which were counted is
 *       kept apart ({@link Corroboration}), so a copy beyond the lists is still recognised.</li>
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

    /**
     * The ledger after {@code report}, judging duplicates by the ledger's own lists: exact while they are under
     * their bound ({@link LedgerClaim#ARTICLE_IDS_KEPT}); the topology passes its store instead.
     */
    public static DailyDroneCount add(DailyDroneCount current, ClaimReport report) {
        return add(current, report, Corroboration.ofLedger(current));
    }

    /**
     * The ledger after {@code report}; equal to {@code current} when the report adds nothing. {@code seen} is
     * marked with what was counted (only then does the ledger change).
     */
    public static DailyDroneCount add(DailyDroneCount current, ClaimReport report, Corroboration seen) {
        DroneClaim claim = report.claim();
        if (current == null) {
            current = empty(claim);
        }
        return switch (claim.scope()) {
            case CUMULATIVE -> current;
            case REGION -> addRegion(current, report, seen);
            case TOTAL -> addTotal(current, report, seen);
        };
    }

    private static DailyDroneCount addRegion(DailyDroneCount current, ClaimReport report, Corroboration seen) {
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
        Corroboration.Mark article = seen.article(claim.articleId(), Corroboration.REGION);
        return rebuild(current, current.claims(), regions, report,
                current.articles() + (article == Corroboration.Mark.NEW_FOR_DAY ? 1 : 0), current.sources());
    }

    private static DailyDroneCount addTotal(DailyDroneCount current, ClaimReport report, Corroboration seen) {
        DroneClaim claim = report.claim();
        List<LedgerClaim> claims = new ArrayList<>(current.claims());
        int match = indexOfSame(claims, claim);
        if (match < 0) {
            match = indexOfApproximate(claims, claim);
        }
        int index = match < 0 ? claims.size() : match;
        LedgerClaim known = match < 0 ? null : claims.get(match);
        String tag = String.valueOf(index);
        // A ledger written before the bound lists every article it counted, and has no marks for them.
        Corroboration.Mark article = known != null && known.articleIds().contains(claim.articleId())
                ? Corroboration.Mark.KNOWN : seen.article(claim.articleId(), tag);
        String src = report.source();
        Corroboration.Mark source = src == null || known != null && known.sources().contains(src)
                ? Corroboration.Mark.KNOWN : seen.source(src, tag);
        if (known == null) {
            claims.add(new LedgerClaim(claim.launched(), claim.destroyed(), claim.lost(), claim.hit(), claim.qualifier(),
                    claim.attackerCountry(), claim.evidence(), claim.articleId(),
                    List.of(claim.articleId()), src == null ? List.of() : List.of(src)));
        } else {
            LedgerClaim merged = merge(known, report, article != Corroboration.Mark.KNOWN, source != Corroboration.Mark.KNOWN);
            if (merged.equals(known)) {
                return current;
            }
            claims.set(match, merged);
        }
        return rebuild(current, claims, current.regions(), report,
                current.articles() + (article == Corroboration.Mark.NEW_FOR_DAY ? 1 : 0),
                current.sources() + (source == Corroboration.Mark.NEW_FOR_DAY ? 1 : 0));
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

    private static LedgerClaim merge(LedgerClaim c, ClaimReport report, boolean newArticle, boolean newSource) {
        DroneClaim claim = report.claim();
        List<String> articles = c.articleIds();
        if (newArticle && articles.size() < LedgerClaim.ARTICLE_IDS_KEPT) {
            articles = new ArrayList<>(articles);
            articles.add(claim.articleId());
        }
        List<String> sources = c.sources();
        if (newSource && sources.size() < LedgerClaim.SOURCES_KEPT) {
            sources = new ArrayList<>(sources);
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
                c.firstArticleId(), articles, sources,
                c.articleCount() + (newArticle ? 1 : 0), c.sourceCount() + (newSource ? 1 : 0));
    }

    /**
     * Figures are always recomputed from the claims, never incremented; the day's article and source counts
     * are counted as they come ({@link Corroboration}), since the bounded lists cannot give them back.
     */
    private static DailyDroneCount rebuild(DailyDroneCount current, List<LedgerClaim> claims,
                                           List<DroneClaim> regions, ClaimReport report, int articles, int sources) {
        Integer launched = SameClaim.sum(claims, LedgerClaim::launched);
        Integer destroyed = SameClaim.sum(claims, LedgerClaim::destroyed);
        String country = current.claimantCountry() != null ? current.claimantCountry()
                : report.claim().claimantCountry();
        return new DailyDroneCount(current.day(), current.claimant(), country, launched, destroyed,
                SameClaim.sum(claims, LedgerClaim::lost), SameClaim.sum(claims, LedgerClaim::hit),
                claims, regions, articles, sources);
    }
}

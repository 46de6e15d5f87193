package io.wirewatch.claims;

import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.Qualifier;
import io.wirewatch.model.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the attributed figures of one article into claims: one claim per claimant and statement.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A headline figure that a body sentence states again as cumulative or as a breakdown by region takes
 *       that scope (the headline restates it): it is never a total of its own.</li>
 *   <li>Scope: a breakdown figure is {@link Scope#REGION}. A figure with a region is also {@code REGION} when the
 *       same claimant states a larger figure of the same metric and scope without a region in the article;
 *       otherwise the figure is the whole of its statement and stays a total (the region is dropped).
 *       Cumulative figures stay {@link Scope#CUMULATIVE}.</li>
 *   <li>A figure joins an earlier claim of the same claimant and scope that holds the same value for the same
 *       metric (a restatement: "83" said twice), or a value within {@link #TOLERANCE} of it when either is not
 *       exact ("حوالى 100" then "99"): the exact value, its qualifier and its evidence win.</li>
 *   <li>Otherwise it fills the empty metric of a claim of the same claimant and scope stated in the same or the
 *       previous sentence ("launched 138 ..., 110 of which were shot down"; "78 من أصل 83") or the one before that,
 *       the latest such claim first.</li>
 *   <li>Otherwise it starts a new claim. Regional figures are deduplicated on claimant, region, metric, value.</li>
 *   <li>Sea drones ("two drone boats", {@code sea.drone.nouns}) are a kind of their own: in rules 2-4 and for a local
 *       official's figure, a figure only meets figures and claims of its own kind.</li>
 *   <li>A claim's qualifier is its destroyed figure's, else its launched figure's. A stated attacker beats the
 *       claimant's default.</li>
 * </ol>
 */
final class ClaimMerger {
    /** Approximate figures within 20% of an exact one are the same figure rounded ("نحو مئة", then 112). */
    static final double TOLERANCE = 0.20;
    /** "more than 100" covers 127 but hardly 300. */
    private static final double BOUND_REACH = 1.5;
    /** ... and "about 10" may be 12: a floor for small numbers. */
    private static final long MIN_TOLERANCE = 2;
    /**
     * "Повітряні сили: противник атакував 76 дронами. Напад відбивали авіація та мобільні групи. ... збито 58": a
     * bulletin's figures may stand two sentences apart, a sentence on the defence between them.
     */
    private static final int SLOT_REACH = 2;

    private static final class Builder {
        final Claimant claimant;
        final Scope scope;
        final String region;
        /** Counts sea drones: never a part of, nor a slot of, a claim of aerial drones. */
        final boolean sea;
        Long launched;
        Qualifier launchedQ;
        Long destroyed;
        Qualifier destroyedQ;
        Long lost;
        Long hit;
        String attacker;
        boolean attackerStated;
        Evidence evidence;
        final int firstSentence;
        int lastSentence;
        /** The region named alongside the figures, if any: where a local official's figure applies. */
        String namedRegion;

        Builder(ClaimPart p, Scope scope, String region) {
            this.claimant = p.claimant();
            this.scope = scope;
            this.region = region;
            this.namedRegion = p.region();
            this.evidence = p.evidence();
            this.firstSentence = p.sentence();
            this.lastSentence = p.sentence();
            this.attacker = p.attacker();
            this.attackerStated = p.attackerStated();
            this.sea = p.sea();
            set(p);
        }

        Long get(Metric m) {
            return switch (m) {
                case LAUNCHED -> launched;
                case DESTROYED -> destroyed;
                case LOST -> lost;
                case HIT -> hit;
                case OTHER -> null;
            };
        }

        Qualifier qualifier(Metric m) {
            return m == Metric.LAUNCHED ? launchedQ : m == Metric.DESTROYED ? destroyedQ : Qualifier.EXACT;
        }

        /** Whether the claim states a launched or destroyed figure: lost or hit alone make no claim. */
        boolean hasFigures() {
            return launched != null || destroyed != null;
        }

        void set(ClaimPart p) {
            switch (p.metric()) {
                case LAUNCHED -> {
                    launched = p.value();
                    launchedQ = p.qualifier();
                }
                case DESTROYED -> {
                    destroyed = p.value();
                    destroyedQ = p.qualifier();
                }
                case LOST -> lost = p.value();
                case HIT -> hit = p.value();
                case OTHER -> { }
            }
            lastSentence = Math.max(lastSentence, p.sentence());
        }

        void takeAttacker(ClaimPart p) {
            if (p.attacker() != null && (attacker == null || (!attackerStated && p.attackerStated()))) {
                attacker = p.attacker();
                attackerStated = p.attackerStated();
            }
        }

        DroneClaim build(String articleId, LocalDate day) {
            Qualifier q = destroyed != null ? destroyedQ : launchedQ;
            return new DroneClaim(articleId, day, claimant.id(), claimant.country(), attacker, toInt(launched),
                    toInt(destroyed), toInt(lost), toInt(hit), q, scope, region, evidence);
        }

        /** This local official's figure as a regional part of a national total stated alongside it. */
        DroneClaim buildAsRegion(String articleId, LocalDate day) {
            Qualifier q = destroyed != null ? destroyedQ : launchedQ;
            String where = namedRegion != null ? namedRegion : claimant.id();
            return new DroneClaim(articleId, day, claimant.id(), claimant.country(), attacker, toInt(launched),
                    toInt(destroyed), toInt(lost), toInt(hit), q, Scope.REGION, where, evidence);
        }
    }

    List<DroneClaim> merge(String articleId, LocalDate day, List<ClaimPart> parts) {
        List<Builder> claims = new ArrayList<>();
        Map<String, List<Builder>> byClaimantScope = new HashMap<>();
        Set<String> regionKeys = new HashSet<>();
        Map<String, Long> largestPlain = largestPlainFigures(parts);
        Set<String> bodyCumulative = new HashSet<>();
        Set<String> bodyRegional = new HashSet<>();
        for (ClaimPart p : parts) {
            if (p.sentence() > 0 && p.cumulative()) {
                bodyCumulative.add(figureKey(p));
            } else if (p.sentence() > 0 && p.breakdown() && p.region() != null) {
                bodyRegional.add(figureKey(p));
            }
        }
        for (ClaimPart p : parts) {
            if (p.value() > Integer.MAX_VALUE) {
                continue;
            }
            if (p.sentence() == 0 && !p.cumulative() && !isRegional(p, largestPlain)) {
                // The headline restates a body figure: "حصيلة أسبوع: ... 1417" is the body's weekly 1417, "Над
                // Белгородской областью сбит 21 беспилотник" the body's 21 of that region, not totals of their own.
                if (bodyRegional.contains(figureKey(p))) {
                    continue;
                }
                if (bodyCumulative.contains(figureKey(p))) {
                    p = p.asCumulative();
                }
            }
            if (p.value() == FigureFinder.ALL_OF_THEM) {
                allOfThem(byClaimantScope.get(p.claimant().id() + '|' + (p.cumulative() ? Scope.CUMULATIVE : Scope.TOTAL)), p);
                continue;
            }
            Scope base = p.cumulative() ? Scope.CUMULATIVE : Scope.TOTAL;
            if (isRegional(p, largestPlain)) {
                String key = p.claimant().id() + '|' + p.region() + '|' + p.metric() + '|' + p.value() + '|' + base;
                if (regionKeys.add(key)) {
                    claims.add(new Builder(p, Scope.REGION, p.region()));
                }
                continue;
            }
            List<Builder> candidates = byClaimantScope.computeIfAbsent(p.claimant().id() + '|' + base,
                    k -> new ArrayList<>());
            Builder target = findSame(candidates, p, base);
            if (target != null) {
                if (target.qualifier(p.metric()) != Qualifier.EXACT && p.qualifier() == Qualifier.EXACT) {
                    target.set(p);
                    target.evidence = p.evidence();
                }
                target.lastSentence = Math.max(target.lastSentence, p.sentence());
                target.takeAttacker(p);
                continue;
            }
            target = findOpenSlot(candidates, p, base);
            if (target != null) {
                target.set(p);
                target.takeAttacker(p);
                continue;
            }
            Builder b = new Builder(p, base, null);
            claims.add(b);
            candidates.add(b);
        }
        List<DroneClaim> out = new ArrayList<>(claims.size());
        foldHeadlineEchoes(claims);
        for (Builder b : claims) {
            if (!b.hasFigures()) {
                continue;
            }
            out.add(isPartOfNationalTotal(b, claims) ? b.buildAsRegion(articleId, day) : b.build(articleId, day));
        }
        return dropGenericEchoes(out);
    }

    /**
     * "Усі ворожі дрони знищено" after "атакувала 41 дроном": the latest claim of the claimant with a launched
     * figure and no destroyed one gets destroyed = launched. Said of nothing launched, it says nothing.
     */
    private static void allOfThem(List<Builder> candidates, ClaimPart p) {
        if (candidates == null || p.metric() != Metric.DESTROYED) {
            return;
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Builder b = candidates.get(i);
            if (b.launched != null && b.destroyed == null && p.sentence() - b.lastSentence <= 1) {
                b.destroyed = b.launched;
                b.destroyedQ = b.launchedQ;
                b.lastSentence = Math.max(b.lastSentence, p.sentence());
                return;
            }
            if (b.destroyed != null && b.launched == null && p.sentence() == b.lastSentence) {
                // "dealt with 17 drones and destroyed them all": the figure was every drone that came
                b.launched = b.destroyed;
                b.launchedQ = b.destroyedQ;
                return;
            }
        }
    }

    /**
     * "ВСУ: сбит 71 из 80" over the body's "71 of 80, the air force said": a headline's claim whose figures a
     * claim of another body of the same country states in the text is that statement, told by its own body. The
     * headline's claim goes; what it said that the body's claim did not (lost, hit) joins the body's.
     */
    private static void foldHeadlineEchoes(List<Builder> claims) {
        // one pass to index the body's claims by what they state: a giant one-sentence article holds thousands
        Map<String, List<Builder>> bodyByFigures = new HashMap<>();
        for (Builder o : claims) {
            if (o.scope == Scope.TOTAL && o.firstSentence > 0 && !o.claimant.id().endsWith(GENERIC_SUFFIX)) {
                bodyByFigures.computeIfAbsent(figuresKey(o), k -> new ArrayList<>()).add(o);
            }
        }
        if (bodyByFigures.isEmpty()) {
            return;
        }
        claims.removeIf(b -> {
            if (b.scope != Scope.TOTAL || b.lastSentence != 0) {
                return false;
            }
            // never to a country speaking generically: a named headline is the more precise of the two
            for (Builder o : bodyByFigures.getOrDefault(figuresKey(b), List.of())) {
                if (!o.claimant.id().equals(b.claimant.id())) {
                    o.lost = o.lost != null ? o.lost : b.lost;
                    o.hit = o.hit != null ? o.hit : b.hit;
                    return true;
                }
            }
            return false;
        });
    }

    private static String figuresKey(Builder b) {
        return b.claimant.country() + '|' + b.launched + '|' + b.destroyed;
    }


    /**
     * Claimant ids with these suffixes are sub-national officials (a regional governor, a city's mayor) or a navy,
     * whose mobile fire groups' count of aerial drones is a part of the national air-defence count.
     */
    static final List<String> LOCAL_SUFFIXES = List.of("-governor", "-mayor", "-administration", "-navy");

    /**
     * A governor's or mayor's count over their own region, reported in an article where a national body of the
     * same country states the night's total, is a regional part of that total (the seed's Leningrad governor
     * beside the defence ministry's 99): it must never add to a daily total. Alone in an article it is a total.
     * A part cannot exceed the whole, so a larger local figure stays a total of its own.
     */
    private static boolean isPartOfNationalTotal(Builder b, List<Builder> claims) {
        if (b.scope != Scope.TOTAL || LOCAL_SUFFIXES.stream().noneMatch(sfx -> b.claimant.id().endsWith(sfx))) {
            return false;
        }
        for (Builder o : claims) {
            // "Kyiv: all 20 drones destroyed" over the city administration's 20: the country echoing the local
            // statement is no national total it could be part of
            boolean echo = o.claimant.id().endsWith(GENERIC_SUFFIX) && java.util.Objects.equals(o.launched, b.launched)
                    && java.util.Objects.equals(o.destroyed, b.destroyed);
            boolean national = o.scope == Scope.TOTAL && o.claimant.country().equals(b.claimant.country()) && !echo
                    && o.sea == b.sea
                    && LOCAL_SUFFIXES.stream().noneMatch(sfx -> o.claimant.id().endsWith(sfx));
            if (national && fitsWithin(b.destroyed, o.destroyed) && fitsWithin(b.launched, o.launched)
                    && (b.destroyed != null && o.destroyed != null || b.launched != null && o.launched != null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsWithin(Long part, Long whole) {
        return part == null || whole == null || part <= whole;
    }

    /** Claimant ids with this suffix name a country speaking generically ("Moscow says", "Kyiv says"). */
    static final String GENERIC_SUFFIX = SameClaim.GENERIC_SUFFIX;

    /**
     * A headline's "Moscow says it downed 125 drones" and the body's "the defence ministry said it downed 125"
     * are one statement: a generic country-level claim whose figures agree with a named body of the same
     * country in the same article gives way to the named body.
     */
    private static List<DroneClaim> dropGenericEchoes(List<DroneClaim> claims) {
        List<DroneClaim> kept = new ArrayList<>(claims.size());
        for (DroneClaim c : claims) {
            boolean echo = c.scope() == Scope.TOTAL && c.claimant().endsWith(GENERIC_SUFFIX)
                    && claims.stream().anyMatch(o -> o != c && o.scope() == Scope.TOTAL
                            && !o.claimant().endsWith(GENERIC_SUFFIX)
                            && o.claimantCountry().equals(c.claimantCountry())
                            && agrees(o.launched(), c.launched(), o.qualifier(), c.qualifier())
                            && agrees(o.destroyed(), c.destroyed(), o.qualifier(), c.qualifier())
                            && (c.launched() == null || o.launched() != null)
                            && (c.destroyed() == null || o.destroyed() != null));
            if (!echo) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** Unstated agrees with anything; "about 50" agrees with 53 as in {@link #sameFigure}. */
    private static boolean agrees(Integer a, Integer b, Qualifier qa, Qualifier qb) {
        return a == null || b == null || sameFigure(a, qa, b, qb);
    }

    private static String plainKey(ClaimPart p) {
        return p.claimant().id() + '|' + p.metric() + '|' + p.cumulative() + '|' + p.sea();
    }

    /** For each claimant, metric and scope: the largest figure stated without a region. */
    private static Map<String, Long> largestPlainFigures(List<ClaimPart> parts) {
        Map<String, Long> largest = new HashMap<>();
        for (ClaimPart q : parts) {
            if (!q.breakdown() && q.region() == null && !q.additional() && q.value() > 0) {
                largest.merge(plainKey(q), q.value(), Math::max);
            }
        }
        return largest;
    }

    private static boolean isRegional(ClaimPart p, Map<String, Long> largestPlain) {
        if (p.breakdown()) {
            return p.region() != null;
        }
        if (p.region() == null) {
            return false;
        }
        Long largest = largestPlain.get(plainKey(p));
        return largest != null && largest > p.value();
    }

    private static String figureKey(ClaimPart p) {
        return p.claimant().id() + '|' + p.metric() + '|' + p.value();
    }

    private static Builder findSame(List<Builder> claims, ClaimPart p, Scope scope) {
        for (Builder b : claims) {
            if (b.scope != scope || !b.claimant.equals(p.claimant()) || b.sea != p.sea()) {
                continue;
            }
            Long cur = b.get(p.metric());
            if (cur != null && sameFigure(cur, b.qualifier(p.metric()), p.value(), p.qualifier())) {
                return b;
            }
        }
        return null;
    }

    /**
     * The open claim to fill, the most recently stated first: a headline's "29 launched" must not take the
     * destroyed figure of the body's first statement ("з 63 ..., знешкоджено 57") from that statement's own claim.
     */
    private static Builder findOpenSlot(List<Builder> claims, ClaimPart p, Scope scope) {
        Builder best = null;
        for (Builder b : claims) {
            if (b.scope == scope && b.claimant.equals(p.claimant()) && b.get(p.metric()) == null && b.sea == p.sea()
                    && p.sentence() - b.lastSentence <= SLOT_REACH && (best == null || b.lastSentence > best.lastSentence)) {
                best = b;
            }
        }
        return best;
    }

    static boolean sameFigure(long a, Qualifier qa, long b, Qualifier qb) {
        if (a == b) {
            return true;
        }
        if (qa == Qualifier.EXACT && qb == Qualifier.EXACT) {
            return false;
        }
        // "более ста", then "сто двадцать семь": an exact figure within a bound is that figure made precise
        if (qa == Qualifier.AT_LEAST && qb == Qualifier.EXACT && b > a && b <= a * BOUND_REACH
                || qb == Qualifier.AT_LEAST && qa == Qualifier.EXACT && a > b && a <= b * BOUND_REACH) {
            return true;
        }
        long tolerance = Math.max(MIN_TOLERANCE, Math.round(TOLERANCE * Math.max(a, b)));
        return Math.abs(a - b) <= tolerance;
    }

    private static Integer toInt(Long v) {
        return v == null ? null : Math.toIntExact(v);
    }
}

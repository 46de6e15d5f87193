package io.wirewatch.claims;

import io.wirewatch.model.Evidence;
import io.wirewatch.model.Qualifier;

/**
 * One attributed drone figure: what {@link ClaimMerger} turns into claims.
 *
 * @param cumulative the sentence spans many days ("since the start of the war")
 * @param breakdown  the figure is a regional part of a total stated alongside it
 * @param region     the region as written, or null
 * @param sentence   index of the sentence (statements in adjacent sentences may complete each other)
 * @param attackerStated the sentence names the attacker (else it is the claimant's default)
 * @param additional "ещё 5", "25 more": a further figure, never the whole another figure is a part of
 * @param sea        the figure counts sea drones or drone boats, a kind of its own beside aerial drones
 */
record ClaimPart(Claimant claimant, Metric metric, long value, Qualifier qualifier, String attacker,
                 boolean attackerStated, boolean cumulative, boolean breakdown, String region, int sentence, Evidence evidence,
                 boolean additional, boolean sea) {

    ClaimPart asCumulative() {
        return new ClaimPart(claimant, metric, value, qualifier, attacker, attackerStated, true, breakdown, region,
                sentence, evidence, additional, sea);
    }
}

package io.wirewatch.model;

import java.time.LocalDate;

/**
 * One statement of drone figures by one claimant.
 *
 * @param day              calendar day of the article's {@code published} time in the configured zone
 * @param claimant         stable id from {@code config/claimants} (e.g. {@code ua-air-force}, {@code ru-mod})
 * @param claimantCountry  ISO 3166 alpha-2 of the claimant
 * @param attackerCountry  ISO 3166 alpha-2 of whoever launched the drones, or null when unknown
 * @param launched         drones launched, or null when not stated
 * @param destroyed        drones destroyed / shot down / intercepted, or null when not stated
 * @param lost             drones stated apart as lost without being shot down (locationally lost, gone from radar,
 *                         suppressed by electronic warfare as a figure of its own), or null; never in launched
 *                         or destroyed arithmetic
 * @param hit              drones stated to have hit targets (impacts recorded), or null
 * @param region           the region a {@link Scope#REGION} figure covers (as written), else null
 */
public record DroneClaim(
        String articleId,
        LocalDate day,
        String claimant,
        String claimantCountry,
        String attackerCountry,
        Integer launched,
        Integer destroyed,
        Integer lost,
        Integer hit,
        Qualifier qualifier,
        Scope scope,
        String region,
        Evidence evidence) {

    public DroneClaim withArticle(String newArticleId, LocalDate newDay) {
        return new DroneClaim(newArticleId, newDay, claimant, claimantCountry, attackerCountry,
                launched, destroyed, lost, hit, qualifier, scope, region, evidence);
    }
}

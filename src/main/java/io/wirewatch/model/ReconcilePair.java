package io.wirewatch.model;

import java.util.List;

/**
 * One line of a day's reconciliation: a reference window and the ledger claim paired with it, or either
 * alone. Reference fields are null for {@code only_ledger}, ledger fields for {@code only_reference}.
 *
 * @param windowKey            the window's {@code news.reference} key, or null
 * @param launchedDifference   ledger minus reference launched, or null unless both state it
 * @param destroyedDifference  ledger minus reference destroyed, or null unless both state it
 * @param evidence             the ledger claim's evidence span, or null
 * @param articleIds           every article that carried the ledger claim (empty for {@code only_reference})
 */
public record ReconcilePair(
        ReconcileStatus status,
        String windowKey,
        String reporter,
        String windowStart,
        String windowEnd,
        Integer referenceLaunched,
        Integer referenceDestroyed,
        Integer ledgerLaunched,
        Integer ledgerDestroyed,
        Qualifier qualifier,
        Integer launchedDifference,
        Integer destroyedDifference,
        Evidence evidence,
        String firstArticleId,
        List<String> articleIds) {

    public ReconcilePair {
        articleIds = List.copyOf(articleIds);
    }
}

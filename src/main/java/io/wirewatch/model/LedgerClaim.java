package io.wirewatch.model;

import java.util.List;

/**
 * One distinct claim in a daily ledger, with the articles and sources that carried it.
 *
 * @param articleIds every article that reported this claim (corroboration), in arrival order
 * @param sources    distinct sources (outlets) among those articles
 */
public record LedgerClaim(
        Integer launched,
        Integer destroyed,
        Integer lost,
        Integer hit,
        Qualifier qualifier,
        String attackerCountry,
        Evidence evidence,
        String firstArticleId,
        List<String> articleIds,
        List<String> sources) {

    public LedgerClaim {
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
    }
}

package io.wirewatch.model;

import java.util.List;

/**
 * One distinct claim in a daily ledger, with the articles and sources that carried it.
 *
 * <p>Every syndicated copy of a statement updates its claim, so the lists are bounded: the first
 * {@value #ARTICLE_IDS_KEPT} articles and {@value #SOURCES_KEPT} sources are listed (the original statement and
 * its earliest outlets), and {@code articleCount} / {@code sourceCount} count all of them. A ledger written
 * before the bound (no counts stored) reads with the counts of its lists, which were complete.
 *
 * @param articleIds   the first {@value #ARTICLE_IDS_KEPT} articles that reported this claim, in arrival order
 * @param sources      the first {@value #SOURCES_KEPT} distinct sources (outlets) among those articles
 * @param articleCount every distinct article that reported this claim
 * @param sourceCount  every distinct source among them
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
        List<String> sources,
        int articleCount,
        int sourceCount) {

    /**
     * Enough to open the statement and a few of its copies; a claim carried by 500 copies no longer rewrites
     * 500 ids on every copy, and a desk reads corroboration from the counts.
     */
    public static final int ARTICLE_IDS_KEPT = 20;
    /** As many outlets as articles listed: beyond it the count tells it. */
    public static final int SOURCES_KEPT = 20;

    public LedgerClaim {
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
        articleCount = Math.max(articleCount, articleIds.size());
        sourceCount = Math.max(sourceCount, sources.size());
    }

    /** A claim whose lists are complete: the counts are their sizes. */
    public LedgerClaim(Integer launched, Integer destroyed, Integer lost, Integer hit, Qualifier qualifier,
                       String attackerCountry, Evidence evidence, String firstArticleId, List<String> articleIds,
                       List<String> sources) {
        this(launched, destroyed, lost, hit, qualifier, attackerCountry, evidence, firstArticleId, articleIds, sources,
                articleIds.size(), sources.size());
    }
}

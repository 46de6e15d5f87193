package io.wirewatch.streams;

import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.LedgerClaim;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which articles and sources one claimant's day has counted, and for which of its claims: what the ledger's
 * bounded lists ({@link LedgerClaim#ARTICLE_IDS_KEPT}) no longer hold, so that a redelivered copy is still
 * counted once. In the topology it is a state store next to the ledger; offline, a map.
 *
 * <p>A claim is tagged by its index in the day's claims (indices never change: claims are only appended)
 * or {@link #REGION} for a regional breakdown.
 */
public interface Corroboration {
    String REGION = "r";

    enum Mark {
        /** Not counted for this day before (so not for the claim either). */
        NEW_FOR_DAY,
        /** Counted for the day, under another claim. */
        NEW_FOR_CLAIM,
        /** Counted for this claim already: a duplicate. */
        KNOWN
    }

    /** Records that {@code articleId} carried claim {@code tag}, and says what it was before. */
    Mark article(String articleId, String tag);

    /** Records that {@code source} carried claim {@code tag}, and says what it was before. */
    Mark source(String source, String tag);

    /** Marks kept in memory: for offline use ({@code reconcile}) and tests. */
    static Corroboration inMemory() {
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        return new Corroboration() {
            @Override
            public Mark article(String articleId, String tag) {
                return mark(articles, articleId, tag);
            }

            @Override
            public Mark source(String source, String tag) {
                return mark(sources, source, tag);
            }
        };
    }

    private static Mark mark(Map<String, Set<String>> seen, String id, String tag) {
        Set<String> tags = seen.computeIfAbsent(id, k -> new HashSet<>());
        Mark m = tags.isEmpty() ? Mark.NEW_FOR_DAY : tags.contains(tag) ? Mark.KNOWN : Mark.NEW_FOR_CLAIM;
        tags.add(tag);
        return m;
    }

    /**
     * What the ledger's own lists show, recording nothing: exact while every list is under its bound (the
     * ledger's tests and small offline days), and the view of a ledger written before the bound existed.
     */
    static Corroboration ofLedger(DailyDroneCount day) {
        return new Corroboration() {
            @Override
            public Mark article(String articleId, String tag) {
                boolean forDay = false;
                for (int i = 0; day != null && i < day.claims().size(); i++) {
                    if (day.claims().get(i).articleIds().contains(articleId)) {
                        if (tag.equals(String.valueOf(i))) {
                            return Mark.KNOWN;
                        }
                        forDay = true;
                    }
                }
                for (DroneClaim r : day == null ? java.util.List.<DroneClaim>of() : day.regions()) {
                    if (articleId.equals(r.articleId())) {
                        if (tag.equals(REGION)) {
                            return Mark.KNOWN;
                        }
                        forDay = true;
                    }
                }
                return forDay ? Mark.NEW_FOR_CLAIM : Mark.NEW_FOR_DAY;
            }

            @Override
            public Mark source(String source, String tag) {
                boolean forDay = false;
                for (int i = 0; day != null && i < day.claims().size(); i++) {
                    if (day.claims().get(i).sources().contains(source)) {
                        if (tag.equals(String.valueOf(i))) {
                            return Mark.KNOWN;
                        }
                        forDay = true;
                    }
                }
                return forDay ? Mark.NEW_FOR_CLAIM : Mark.NEW_FOR_DAY;
            }
        };
    }
}

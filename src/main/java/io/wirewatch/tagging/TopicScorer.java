package io.wirewatch.tagging;

import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one topic over the occurrences found in one text.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>An occurrence counts unless a blocker of the topic or an {@code unless} term of its line starts
 *       within the window; when the line has {@code near} terms, one must start within the window.
 *   <li>A span of tokens counts for one line only: heavier lines, then longer terms, claim their
 *       occurrences first, and an occurrence whose tokens are all claimed already is skipped.
 *   <li>A line adds its weight once, when any of its synonyms has a counting occurrence.
 *   <li>The topic fires when the score reaches its threshold.
 *   <li>Evidence is the first counting occurrence of each distinct term, heaviest lines first, capped
 *       at {@link #MAX_EVIDENCE}, then in text order.
 * </ol>
 */
final class TopicScorer {
    /** Why 10: enough for a reviewer to see why a topic fired without repeating the whole article. */
    static final int MAX_EVIDENCE = 10;

    private final String text;
    private final List<Token> tokens;
    private final Occurrences found;
    private final int window;
    /** Merged, sorted starts of each term list, built once per text. */
    private final Map<List<TermPattern>, int[]> mergedStarts = new IdentityHashMap<>();

    TopicScorer(String text, List<Token> tokens, Occurrences found, int window) {
        this.text = text;
        this.tokens = tokens;
        this.found = found;
        this.window = window;
    }

    Optional<TopicTag> score(TopicRule rule) {
        List<Claim> claims = new ArrayList<>();
        for (Concept concept : rule.concepts()) {
            for (TermPattern term : concept.terms()) {
                claims.add(new Claim(concept, term));
            }
        }
        // Why this order: a span counts for one line only, the heaviest, and a word inside a longer
        // phrase ("sea" in "Sea of Azov") belongs to the phrase — so weights mean what they say.
        claims.sort(Comparator.comparingDouble((Claim c) -> c.concept().weight()).reversed()
                .thenComparing(Comparator.comparingInt((Claim c) -> c.term().keys().size()).reversed()));
        boolean[] covered = new boolean[tokens.size()];
        Set<Concept> firedConcepts = new HashSet<>();
        List<Fired> fired = new ArrayList<>();
        for (Claim claim : claims) {
            int first = claimOccurrences(claim, rule.blockers(), covered);
            if (first >= 0) {
                firedConcepts.add(claim.concept());
                int id = claim.term().id();
                fired.add(new Fired(claim.concept().weight(), found.start(id, first), found.end(id, first)));
            }
        }
        double score = firedConcepts.stream().mapToDouble(Concept::weight).sum();
        if (score < rule.threshold() || fired.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TopicTag(rule.topic(), score, evidence(fired)));
    }

    /** Marks every counting, not yet covered occurrence of the claim covered; returns the first, or -1. */
    private int claimOccurrences(Claim claim, List<TermPattern> blockers, boolean[] covered) {
        int id = claim.term().id();
        Concept concept = claim.concept();
        int first = -1;
        for (int i = 0; i < found.count(id); i++) {
            int start = found.start(id, i);
            int end = found.end(id, i);
            if (isCovered(covered, start, end) || !counts(concept, blockers, start, end)) {
                continue;
            }
            Arrays.fill(covered, start, end + 1, true);
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    private static boolean isCovered(boolean[] covered, int start, int end) {
        for (int t = start; t <= end; t++) {
            if (!covered[t]) {
                return false;
            }
        }
        return true;
    }

    private boolean counts(Concept concept, List<TermPattern> blockers, int start, int end) {
        int from = start - window;
        int to = end + window;
        if (anyStart(blockers, from, to) || anyStart(concept.unless(), from, to)) {
            return false;
        }
        return concept.near().isEmpty() || anyStart(concept.near(), from, to);
    }

    private boolean anyStart(List<TermPattern> terms, int from, int to) {
        if (terms.isEmpty()) {
            return false;
        }
        int[] starts = mergedStarts.computeIfAbsent(terms, this::merge);
        int at = Arrays.binarySearch(starts, from);
        int index = at >= 0 ? at : -at - 1;
        return index < starts.length && starts[index] <= to;
    }

    private int[] merge(List<TermPattern> terms) {
        int size = 0;
        boolean[] seen = new boolean[terms.stream().mapToInt(TermPattern::id).max().orElse(0) + 1];
        for (TermPattern term : terms) {
            if (!seen[term.id()]) {
                seen[term.id()] = true;
                size += found.count(term.id());
            }
        }
        int[] starts = new int[size];
        Arrays.fill(seen, false);
        int n = 0;
        for (TermPattern term : terms) {
            if (!seen[term.id()]) {
                seen[term.id()] = true;
                for (int i = 0; i < found.count(term.id()); i++) {
                    starts[n++] = found.start(term.id(), i);
                }
            }
        }
        Arrays.sort(starts);
        return starts;
    }

    private List<Evidence> evidence(List<Fired> fired) {
        List<Evidence> out = new ArrayList<>();
        fired.stream()
                .sorted(Comparator.comparingDouble(Fired::weight).reversed().thenComparingInt(Fired::startToken))
                .forEach(f -> {
                    Evidence e = Evidence.of(text, tokens.get(f.startToken()).originalStart(),
                            tokens.get(f.endToken()).originalEnd());
                    if (out.size() < MAX_EVIDENCE && !out.contains(e)) {
                        out.add(e);
                    }
                });
        out.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
        return out;
    }

    private record Claim(Concept concept, TermPattern term) {
    }

    private record Fired(double weight, int startToken, int endToken) {
    }
}

package io.wirewatch.tagging;

import io.wirewatch.text.IntPairMap;
import io.wirewatch.text.Token;
import io.wirewatch.text.TermMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every lexicon term of one rule file compiled at load into a trie over integer word keys, run once per text.
 *
 * <p>A key ({@link TermKeys}: a stem, an exact form or a prefix) gets a dense id when the rules load; a text word's
 * keys are worked out once per word of the {@link io.wirewatch.text.Vocabulary} and kept by its term id. Cost is the number of
 * tokens times the depth actually walked (the longest phrase that still matches), with array and int-map reads
 * only: no regular expression, and nothing that grows with the number of rules.
 */
final class PhraseMatcher {
    private final TermKeys termKeys;
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final IntPairMap transitions = new IntPairMap();
    /** Per trie node: the patterns ending there. */
    private int[][] patternsEndingAt = new int[64][];
    private int nodes = 1;
    private final int[] prefixLengths;
    private final int patternCount;
    /**
     * The key ids of each vocabulary word, computed once. Why: stemming every token and building its candidate keys
     * (one string per surface form, stem and prefix length) was a quarter of the analyzer's time, while news
     * vocabulary repeats heavily.
     */
    private final TermMemo keysByTerm = new TermMemo();

    PhraseMatcher(List<TermPattern> patterns, TermKeys termKeys) {
        this.termKeys = termKeys;
        TreeSet<Integer> lengths = new TreeSet<>();
        int maxId = -1;
        for (TermPattern pattern : patterns) {
            int node = 0;
            for (String key : pattern.keys()) {
                if (key.charAt(0) == TermKeys.PREFIX) {
                    lengths.add(key.length() - 1);
                }
                int id = keyIds.computeIfAbsent(key, k -> keyIds.size());
                int child = transitions.get(node, id);
                if (child < 0) {
                    child = nodes++;
                    transitions.put(node, id, child);
                }
                node = child;
            }
            if (node >= patternsEndingAt.length) {
                patternsEndingAt = Arrays.copyOf(patternsEndingAt, Math.max(node + 1, patternsEndingAt.length * 2));
            }
            int[] ending = patternsEndingAt[node];
            int id = pattern.id();
            if (ending == null) {
                patternsEndingAt[node] = new int[] {id};
            } else if (Arrays.stream(ending).noneMatch(p -> p == id)) {
                int[] more = Arrays.copyOf(ending, ending.length + 1);
                more[ending.length] = id;
                patternsEndingAt[node] = more;
            }
            maxId = Math.max(maxId, pattern.id());
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        patternCount = maxId + 1;
    }

    /** Every occurrence of every pattern, by pattern id, in text order. */
    Occurrences find(List<Token> tokens) {
        int n = tokens.size();
        int[][] keys = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = keysOf(tokens.get(i));
        }
        Occurrences found = new Occurrences(patternCount);
        int[] frontier = new int[8];
        int[] next = new int[8];
        for (int start = 0; start < n; start++) {
            int width = 1;
            frontier[0] = 0;
            for (int end = start; end < n && width > 0; end++) {
                int nextWidth = 0;
                for (int f = 0; f < width; f++) {
                    for (int key : keys[end]) {
                        int child = transitions.get(frontier[f], key);
                        if (child < 0 || contains(next, nextWidth, child)) {
                            continue;
                        }
                        if (nextWidth == next.length) {
                            next = Arrays.copyOf(next, nextWidth * 2);
                        }
                        next[nextWidth++] = child;
                        int[] ending = child < patternsEndingAt.length ? patternsEndingAt[child] : null;
                        if (ending != null) {
                            for (int id : ending) {
                                found.add(id, start, end);
                            }
                        }
                    }
                }
                int[] swap = frontier;
                frontier = next;
                next = swap;
                width = nextWidth;
            }
        }
        return found;
    }

    private static boolean contains(int[] nodes, int size, int node) {
        for (int i = 0; i < size; i++) {
            if (nodes[i] == node) {
                return true;
            }
        }
        return false;
    }

    private int[] keysOf(Token token) {
        return keysByTerm.idsOf(token, this::computeKeys);
    }

    private int[] computeKeys(String word) {
        List<String> keys = termKeys.textKeys(word, prefixLengths, keyIds.keySet());
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keyIds.get(keys.get(i));
        }
        return ids;
    }
}

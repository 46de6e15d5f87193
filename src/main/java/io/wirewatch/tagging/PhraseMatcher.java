package io.wirewatch.tagging;

import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every lexicon term in a token stream with a trie of word keys.
 *
 * <p>Cost is the number of tokens times the depth actually walked (the longest phrase that still
 * matches), with hash lookups only: no regular expression, so no input can make it backtrack.
 */
final class PhraseMatcher {
    private final Node root = new Node();
    private final Set<String> knownKeys = new HashSet<>();
    private final int[] prefixLengths;
    private final int patternCount;
    /**
     * The keys of each text word seen, computed once. Why: stemming every token and building its
     * candidate keys (one string per surface form, stem and prefix length) was a quarter of the analyzer's
     * time, while news vocabulary repeats heavily. Bounded: once full, new words are computed each time
     * (the frequent ones came first).
     */
    private final Map<String, List<String>> wordKeys = new ConcurrentHashMap<>();
    /** Why 50,000: the bulk of a language's news vocabulary, at ~100 bytes an entry. */
    static final int MAX_CACHED_WORDS = 50_000;
    /** The word cache holds keys of this TermKeys only (a matcher is built and used with one). */
    private volatile TermKeys cachedFor;

    PhraseMatcher(List<TermPattern> patterns) {
        TreeSet<Integer> lengths = new TreeSet<>();
        int maxId = -1;
        for (TermPattern pattern : patterns) {
            Node node = root;
            for (String key : pattern.keys()) {
                knownKeys.add(key);
                if (key.charAt(0) == TermKeys.PREFIX) {
                    lengths.add(key.length() - 1);
                }
                node = node.children.computeIfAbsent(key, k -> new Node());
            }
            if (!node.patternIds.contains(pattern.id())) {
                node.patternIds.add(pattern.id());
            }
            maxId = Math.max(maxId, pattern.id());
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        patternCount = maxId + 1;
    }

    /** Every occurrence of every pattern, by pattern id, in text order. */
    Occurrences find(List<Token> tokens, TermKeys termKeys) {
        List<List<String>> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(keysOf(token.text(), termKeys));
        }
        Occurrences found = new Occurrences(patternCount);
        List<Node> frontier = new ArrayList<>();
        List<Node> next = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            frontier.clear();
            frontier.add(root);
            for (int end = start; end < tokens.size() && !frontier.isEmpty(); end++) {
                next.clear();
                for (Node node : frontier) {
                    for (String key : keys.get(end)) {
                        Node child = node.children.get(key);
                        if (child != null && !next.contains(child)) {
                            next.add(child);
                            for (int id : child.patternIds) {
                                found.add(id, start, end);
                            }
                        }
                    }
                }
                List<Node> swap = frontier;
                frontier = next;
                next = swap;
            }
        }
        return found;
    }

    private List<String> keysOf(String word, TermKeys termKeys) {
        if (cachedFor == null) {
            cachedFor = termKeys;
        }
        if (termKeys != cachedFor) {
            return termKeys.textKeys(word, prefixLengths, knownKeys);
        }
        List<String> keys = wordKeys.get(word);
        if (keys == null) {
            keys = List.copyOf(termKeys.textKeys(word, prefixLengths, knownKeys));
            if (wordKeys.size() < MAX_CACHED_WORDS) {
                wordKeys.put(word, keys);
            }
        }
        return keys;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Integer> patternIds = new ArrayList<>(1);
    }
}

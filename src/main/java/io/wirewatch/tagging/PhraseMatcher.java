package io.wirewatch.tagging;

import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
            keys.add(termKeys.textKeys(token.text(), prefixLengths, knownKeys));
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

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Integer> patternIds = new ArrayList<>(1);
    }
}

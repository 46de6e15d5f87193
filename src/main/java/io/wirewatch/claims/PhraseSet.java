package io.wirewatch.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of lexicon phrases matched against token sequences.
 *
 * <p>An entry is tokenized like the text, so it is compared after the same normalisation. A word ending in
 * {@code *} matches any word that starts with it ({@code اسقط*} matches أسقطت، أسقطنا، وأسقطت). Each text word is
 * compared through all its {@link Token#forms() forms}, so clitics glued to a text word never hide a match.
 * Lookups are hash-based on the first word (exact) or its first two letters (prefix), so a match costs O(1) per
 * token for any lexicon size.
 */
final class PhraseSet {
    /** A prefix entry shorter than this would match half the language. */
    static final int MIN_PREFIX = 2;

    private record Word(String text, boolean prefix) {
        boolean matches(Token t) {
            for (String f : t.forms()) {
                if (prefix ? f.startsWith(text) : f.equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Phrase(Word[] words) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();
    /** First letters of the prefix entries: rules out most words before any substring is made. */
    private final BitSet prefixFirstChars = new BitSet(Character.MAX_VALUE + 1);
    private int maxLength;

    static final PhraseSet EMPTY = new PhraseSet();

    /**
     * Adds an entry; returns a message when it cannot be used (empty, or a too-short prefix).
     */
    String add(String entry) {
        String e = entry.strip();
        List<Token> tokens = Tokenizer.tokenize(e);
        List<Word> words = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean prefix = k + 1 < tokens.size() && tokens.get(k + 1).norm().equals("*")
                    && tokens.get(k + 1).start() == t.end();
            if (t.norm().equals("*")) {
                continue;
            }
            if (prefix && t.norm().length() < MIN_PREFIX) {
                return "prefix entry '" + e + "' needs at least " + MIN_PREFIX + " letters before *";
            }
            words.add(new Word(t.norm(), prefix));
        }
        if (words.isEmpty()) {
            return "empty entry '" + e + "'";
        }
        Phrase p = new Phrase(words.toArray(new Word[0]));
        Word first = p.words[0];
        if (first.prefix) {
            byFirstPrefix.computeIfAbsent(first.text.substring(0, MIN_PREFIX), x -> new ArrayList<>()).add(p);
            prefixFirstChars.set(first.text.charAt(0));
        } else {
            byFirstWord.computeIfAbsent(first.text, x -> new ArrayList<>()).add(p);
        }
        maxLength = Math.max(maxLength, p.words.length);
        return null;
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty() && byFirstPrefix.isEmpty();
    }

    /** Length in tokens of the longest entry starting at {@code i} and ending by {@code limit}, or 0. */
    int matchAt(List<Token> tokens, int i, int limit) {
        if (i < 0 || i >= limit) {
            return 0;
        }
        Token t = tokens.get(i);
        int best = 0;
        boolean prefixes = !byFirstPrefix.isEmpty();
        for (String f : t.forms()) {
            best = Math.max(best, longest(byFirstWord.get(f), tokens, i, limit));
            if (prefixes && f.length() >= MIN_PREFIX && prefixFirstChars.get(f.charAt(0))) {
                best = Math.max(best, longest(byFirstPrefix.get(f.substring(0, MIN_PREFIX)), tokens, i, limit));
            }
        }
        return best;
    }

    /** Start of the longest entry that ends exactly at {@code end} (exclusive) and starts at or after {@code from}, or -1. */
    int startOfMatchEndingAt(List<Token> tokens, int end, int from) {
        for (int len = Math.min(maxLength, end - from); len >= 1; len--) {
            int s = end - len;
            if (matchExactly(tokens, s, len)) {
                return s;
            }
        }
        return -1;
    }

    /** Index of the first token in {@code [from, to)} where an entry starts, or -1. */
    int find(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (matchAt(tokens, k, to) > 0) {
                return k;
            }
        }
        return -1;
    }

    /** Start of the last entry that lies in {@code [from, to)}, or -1. */
    int findLast(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= Math.max(0, from); k--) {
            if (matchAt(tokens, k, to) > 0) {
                return k;
            }
        }
        return -1;
    }

    private boolean matchExactly(List<Token> tokens, int s, int len) {
        Token t = tokens.get(s);
        for (String f : t.forms()) {
            if (hasExact(byFirstWord.get(f), tokens, s, len)) {
                return true;
            }
            if (f.length() >= MIN_PREFIX && prefixFirstChars.get(f.charAt(0)) && hasExact(byFirstPrefix.get(f.substring(0, MIN_PREFIX)), tokens, s, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExact(List<Phrase> candidates, List<Token> tokens, int s, int len) {
        if (candidates == null) {
            return false;
        }
        for (Phrase p : candidates) {
            if (p.words.length == len && matches(p, tokens, s, s + len)) {
                return true;
            }
        }
        return false;
    }

    private static int longest(List<Phrase> candidates, List<Token> tokens, int i, int limit) {
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (Phrase p : candidates) {
            if (p.words.length > best && matches(p, tokens, i, limit)) {
                best = p.words.length;
            }
        }
        return best;
    }

    private static boolean matches(Phrase p, List<Token> tokens, int i, int limit) {
        if (i + p.words.length > limit) {
            return false;
        }
        for (int k = 0; k < p.words.length; k++) {
            if (!p.words[k].matches(tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }
}

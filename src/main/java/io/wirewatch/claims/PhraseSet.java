package io.wirewatch.claims;

import io.wirewatch.text.AnalyzedText;
import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of lexicon phrases matched against token sequences.
 *
 * <p>An entry is cut and folded by the pipeline's own tokenizer ({@link AnalyzedText}), so it is compared after
 * the same normalisation as the text. A word ending in {@code *} matches any word that starts with it
 * ({@code اسقط*} matches أسقطت، أسقطنا، وأسقطت). Each text word is compared through all its {@link CliticForms
 * forms}, so clitics glued to a text word never hide a match. The sets are compiled together at load
 * ({@link CompiledLexicons}) and every question here is answered from the article's {@link LexiconHits}: O(1) per
 * token for any lexicon size.
 */
final class PhraseSet {
    /** A prefix entry shorter than this would match half the language. */
    static final int MIN_PREFIX = 2;

    record Word(String text, boolean prefix) {
    }

    record Entry(List<Word> words) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int maxLength;
    private CompiledLexicons compiled;
    private int id = -1;

    static final PhraseSet EMPTY = new PhraseSet();

    /**
     * Adds an entry; returns a message when it cannot be used (empty, or a too-short prefix).
     */
    String add(String entry) {
        String e = entry.strip();
        List<Token> tokens = AnalyzedText.of(e).tokens();
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
        entries.add(new Entry(List.copyOf(words)));
        maxLength = Math.max(maxLength, words.size());
        return null;
    }

    List<Entry> entries() {
        return entries;
    }

    void compiledAs(CompiledLexicons c, int setId) {
        compiled = c;
        id = setId;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private LexiconHits hits(List<Token> tokens) {
        if (tokens instanceof LexiconHits scanned && compiled != null && scanned.compiledBy(compiled)) {
            return scanned; // the article's one scan, as the claim reader passes it at every question
        }
        if (compiled == null) {
            throw new IllegalStateException("lexicon used before CompiledLexicons.compile");
        }
        return compiled.scan(tokens);
    }

    /** Length in tokens of the longest entry starting at {@code i} and ending by {@code limit}, or 0. */
    int matchAt(List<Token> tokens, int i, int limit) {
        if (i < 0 || i >= limit || entries.isEmpty()) {
            return 0;
        }
        return hits(tokens).longest(id, i, limit - i);
    }

    /** Start of the longest entry that ends exactly at {@code end} (exclusive) and starts at or after {@code from}, or -1. */
    int startOfMatchEndingAt(List<Token> tokens, int end, int from) {
        if (entries.isEmpty()) {
            return -1;
        }
        LexiconHits hits = hits(tokens);
        for (int len = Math.min(maxLength, end - from); len >= 1; len--) {
            int s = end - len;
            if (hits.has(id, s, len)) {
                return s;
            }
        }
        return -1;
    }

    /** Index of the first token in {@code [from, to)} where an entry starts, or -1. */
    int find(List<Token> tokens, int from, int to) {
        if (entries.isEmpty()) {
            return -1;
        }
        LexiconHits hits = hits(tokens);
        for (int k = Math.max(0, from); k < to; k++) {
            if (hits.longest(id, k, to - k) > 0) {
                return k;
            }
        }
        return -1;
    }

    /** Start of the last entry that lies in {@code [from, to)}, or -1. */
    int findLast(List<Token> tokens, int from, int to) {
        if (entries.isEmpty()) {
            return -1;
        }
        LexiconHits hits = hits(tokens);
        for (int k = to - 1; k >= Math.max(0, from); k--) {
            if (hits.longest(id, k, to - k) > 0) {
                return k;
            }
        }
        return -1;
    }
}

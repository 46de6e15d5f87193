package io.wirewatch.claims;

import io.wirewatch.text.IntPairMap;
import io.wirewatch.text.Token;
import io.wirewatch.text.TermMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every claim lexicon and claimant name, compiled at load into one trie over word symbols, run once per article.
 *
 * <p>A symbol is an entry word: an exact word ({@code مسيرات}) or a prefix ({@code اسقط*}). A text token stands
 * for every symbol one of its {@link CliticForms} equals or starts with; which ones is worked out once per word of
 * the {@link io.wirewatch.text.Vocabulary} and kept by its term id. {@link #scan} walks the trie from every token and records, per
 * token, which sets have an entry starting there and how long it is ({@link LexiconHits}); every
 * {@link PhraseSet} question after that is answered from those hits. So an article costs its tokens times the
 * depth actually walked (the longest entry that still matches, a few words), whatever the number of lexicons,
 * entries or claimants.
 *
 * <p>Why not an Aho-Corasick library over characters: a token matches through several readings at once (its
 * clitic forms, its prefixes), so the walk is over sets of symbols; with entries a few words long, a walk from each
 * token is linear already and needs no failure links.
 */
final class CompiledLexicons {
    /** Hits pack the entry's length into the low bits: no entry is this many tokens long. */
    static final int MAX_ENTRY_TOKENS = 255;
    private static final int LENGTH_BITS = 8;

    private final Map<String, Integer> exactSymbols = new HashMap<>();
    private final Map<String, Integer> prefixSymbols = new HashMap<>();
    private int longestPrefix;
    private final IntPairMap transitions = new IntPairMap();
    /** Per trie node: the ids of the sets with an entry ending there. */
    private int[][] setsEndingAt = new int[64][];
    private int nodes = 1;
    /** Symbols of each vocabulary word, computed on first sight. */
    private final TermMemo symbols = new TermMemo();

    private CompiledLexicons() {
    }

    /** Compiles the sets, giving each its id; every later match of theirs goes through the result. */
    static CompiledLexicons compile(List<PhraseSet> sets) {
        CompiledLexicons c = new CompiledLexicons();
        for (int id = 0; id < sets.size(); id++) {
            PhraseSet set = sets.get(id);
            for (PhraseSet.Entry entry : set.entries()) {
                c.add(id, entry);
            }
            set.compiledAs(c, id);
        }
        return c;
    }

    private void add(int set, PhraseSet.Entry entry) {
        if (entry.words().size() > MAX_ENTRY_TOKENS) {
            throw new ClaimConfigException("entry of " + entry.words().size() + " tokens; at most " + MAX_ENTRY_TOKENS);
        }
        int node = 0;
        for (PhraseSet.Word w : entry.words()) {
            Map<String, Integer> symbols = w.prefix() ? prefixSymbols : exactSymbols;
            Integer symbol = symbols.get(w.text());
            if (symbol == null) {
                symbol = exactSymbols.size() + prefixSymbols.size();
                symbols.put(w.text(), symbol);
            }
            if (w.prefix()) {
                longestPrefix = Math.max(longestPrefix, w.text().length());
            }
            int child = transitions.get(node, symbol);
            if (child < 0) {
                child = nodes++;
                transitions.put(node, symbol, child);
            }
            node = child;
        }
        if (node >= setsEndingAt.length) {
            setsEndingAt = Arrays.copyOf(setsEndingAt, Math.max(node + 1, setsEndingAt.length * 2));
        }
        int[] ending = setsEndingAt[node];
        if (ending == null) {
            setsEndingAt[node] = new int[] {set};
        } else if (Arrays.stream(ending).noneMatch(s -> s == set)) {
            int[] more = Arrays.copyOf(ending, ending.length + 1);
            more[ending.length] = set;
            setsEndingAt[node] = more;
        }
    }

    /** The tokens with every entry of every set found where it starts: one walk per token. */
    LexiconHits scan(List<Token> tokens) {
        if (tokens instanceof LexiconHits hits && hits.compiledBy(this)) {
            return hits;
        }
        int n = tokens.size();
        int[][] symbols = new int[n][];
        for (int i = 0; i < n; i++) {
            symbols[i] = symbolsOf(tokens.get(i));
        }
        int[] first = new int[n + 1];
        int[] packed = new int[Math.max(16, n)];
        int size = 0;
        int[] frontier = new int[8];
        int[] next = new int[8];
        for (int start = 0; start < n; start++) {
            first[start] = size;
            int width = 1;
            frontier[0] = 0;
            for (int end = start; end < n && width > 0 && end - start < MAX_ENTRY_TOKENS; end++) {
                int nextWidth = 0;
                for (int f = 0; f < width; f++) {
                    for (int symbol : symbols[end]) {
                        int child = transitions.get(frontier[f], symbol);
                        if (child < 0 || contains(next, nextWidth, child)) {
                            continue;
                        }
                        if (nextWidth == next.length) {
                            next = Arrays.copyOf(next, nextWidth * 2);
                        }
                        next[nextWidth++] = child;
                        int[] ending = child < setsEndingAt.length ? setsEndingAt[child] : null;
                        if (ending != null) {
                            int length = end - start + 1;
                            for (int set : ending) {
                                if (size == packed.length) {
                                    packed = Arrays.copyOf(packed, size * 2);
                                }
                                packed[size++] = (set << LENGTH_BITS) | length;
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
        first[n] = size;
        return new LexiconHits(tokens, this, first, packed);
    }

    static int setOf(int hit) {
        return hit >>> LENGTH_BITS;
    }

    static int lengthOf(int hit) {
        return hit & ((1 << LENGTH_BITS) - 1);
    }

    private static boolean contains(int[] nodes, int size, int node) {
        for (int i = 0; i < size; i++) {
            if (nodes[i] == node) {
                return true;
            }
        }
        return false;
    }

    private int[] symbolsOf(Token t) {
        return symbols.idsOf(t, this::computeSymbols);
    }

    private int[] computeSymbols(String norm) {
        List<Integer> out = new ArrayList<>(4);
        for (String form : CliticForms.of(norm)) {
            addIfNew(out, exactSymbols.get(form));
            int longest = Math.min(form.length(), longestPrefix);
            for (int k = PhraseSet.MIN_PREFIX; k <= longest; k++) {
                addIfNew(out, prefixSymbols.get(form.substring(0, k)));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addIfNew(List<Integer> out, Integer symbol) {
        if (symbol != null && !out.contains(symbol)) {
            out.add(symbol);
        }
    }
}

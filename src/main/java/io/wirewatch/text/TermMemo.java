package io.wirewatch.text;

import java.util.function.Function;

/**
 * What each vocabulary word stands for in one compiled rule set (a trie's symbols, a rule file's keys), worked out
 * on first sight of the word and kept at its term's index. Keyed by the whole term: after a start-over a newer
 * epoch's word may sit at the same index, and it never reads an older word's entry. Bounded by
 * {@link Vocabulary#CAPACITY} entries, whatever was read. A benign race between threads: entries are immutable.
 */
public final class TermMemo {
    private record Entry(int term, int[] ids) {
    }

    private final Entry[] byTerm = new Entry[Vocabulary.CAPACITY];

    /** The ids of {@code token}: remembered, or computed from its norm (a word with no term is never kept). */
    public int[] idsOf(Token token, Function<String, int[]> compute) {
        int term = token.term();
        if (term < 0) {
            return compute.apply(token.norm());
        }
        int at = Vocabulary.index(term);
        Entry known = byTerm[at];
        if (known == null || known.term() != term) {
            known = new Entry(term, compute.apply(token.norm()));
            byTerm[at] = known;
        }
        return known.ids();
    }
}

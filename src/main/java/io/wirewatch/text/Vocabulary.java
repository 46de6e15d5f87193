package io.wirewatch.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one vocabulary of the pipeline: every folded word gets a dense integer id on first sight, whichever rule file
 * or article it comes from. The rule engines keep what they derive from a word (clitic forms' symbols, stem keys)
 * in arrays indexed by {@link #index} of the id, so a token costs one hash lookup here and array reads after. Why
 * dense first-sight ids rather than a hash table per engine: the frequent words come first and sit together,
 * and the engines' reads are then array reads in a few cache lines (one table per engine, probed with the word,
 * made the analyzer a third slower).
 *
 * <p>Bounded by a constant, never by the input: at {@link #CAPACITY} words the vocabulary starts over (a new
 * epoch, every word forgotten). A term carries its epoch in its high bits, and an engine's entry is keyed by the
 * whole term, so a token cut before the start-over never reads what a newer word left under its index. So a flood
 * of never-seen words (hostile text, random tokens) costs a start-over, not memory, and the junk does not stay.
 * Thread-safe: reads are lock-free, a first sight takes the lock.
 */
public final class Vocabulary {
    private static final int INDEX_BITS = 17;
    /** Why 2^17: the words of a day of news in four languages; one array of this many slots per engine. */
    public static final int CAPACITY = 1 << INDEX_BITS;
    /** The term of a word too long to be one. */
    public static final int NONE = -1;
    /** Why 64: no lexicon word is longer; a longer run of letters is noise or hostile, and kept out. */
    static final int MAX_WORD_CHARS = 64;
    /** Epochs wrap well before the sign bit: a term is never negative. */
    private static final int EPOCH_MASK = (1 << (31 - INDEX_BITS)) - 1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static int next; // guarded by Vocabulary.class
    private static int epoch; // guarded by Vocabulary.class

    private Vocabulary() {
    }

    /** The term of a folded word ({@link Token#norm()}), given on first sight; {@link #NONE} for an overlong one. */
    public static int id(String word) {
        if (word.length() > MAX_WORD_CHARS) {
            return NONE;
        }
        Integer term = IDS.get(word);
        return term != null ? term : assign(word);
    }

    /** Where an engine keeps what it knows of the term: below {@link #CAPACITY}. */
    public static int index(int term) {
        return term & (CAPACITY - 1);
    }

    /** How many words have a term now: at most {@link #CAPACITY}, whatever was read. */
    public static int size() {
        return IDS.size();
    }

    private static synchronized int assign(String word) {
        Integer known = IDS.get(word);
        if (known != null) {
            return known;
        }
        if (next == CAPACITY) {
            IDS.clear();
            next = 0;
            epoch = (epoch + 1) & EPOCH_MASK;
        }
        int term = (epoch << INDEX_BITS) | next++;
        IDS.put(word, term);
        return term;
    }
}

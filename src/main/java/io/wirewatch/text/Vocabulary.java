package io.wirewatch.text;

/**
 * The one vocabulary of the pipeline: every folded word gets a dense integer id on first sight, whichever rule file
 * or article it comes from. The rule engines keep what they derive from a word (clitic forms' symbols, stem keys)
 * in arrays indexed by {@link #index} of the id, so a token costs one hash lookup here and array reads after. Why
 * dense first-sight ids rather than a hash table per engine: the frequent words come first and sit together,
 * and the engines' reads are then array reads in a few cache lines (one table per engine, probed with the word,
 * made the analyzer a third slower).
 *
 * <p>The tokenizer probes it over the folded chars themselves ({@link #word(char[], int, int)}): the hash is taken
 * over the span and a known word comes back as the vocabulary's own string, so a token of a known word costs no
 * substring and no string hash (one fresh substring and its hash per token were ~10% of the analyzer).
 *
 * <p>Bounded by a constant, never by the input: at {@link #CAPACITY} words the vocabulary starts over (a new
 * epoch, every word forgotten). A term carries its epoch in its high bits, and an engine's entry is keyed by the
 * whole term, so a token cut before the start-over never reads what a newer word left under its index. So a flood
 * of never-seen words (hostile text, random tokens) costs a start-over, not memory, and the junk does not stay.
 * Thread-safe: reads are lock-free (an open-addressing table of immutable entries behind a volatile reference; a
 * reader that misses a word another thread has just added takes the lock and finds it there), a first sight
 * takes the lock.
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
    /** Why 2^12 slots to start: the rule files alone hold a few thousand words. */
    private static final int INITIAL_SLOTS = 1 << 12;

    /** A word and its term, as the vocabulary keeps it. */
    public record Word(String text, int term, int hash) {
    }

    private static volatile Word[] table = new Word[INITIAL_SLOTS];
    private static int size; // guarded by Vocabulary.class
    private static int epoch; // guarded by Vocabulary.class

    private Vocabulary() {
    }

    /** The term of a folded word ({@link Token#norm()}), given on first sight; {@link #NONE} for an overlong one. */
    public static int id(String word) {
        if (word.length() > MAX_WORD_CHARS) {
            return NONE;
        }
        char[] chars = word.toCharArray();
        return word(chars, 0, chars.length).term();
    }

    /**
     * The word {@code chars[from, to)} with its term, given on first sight: the vocabulary's own string when the word
     * is known. An overlong word comes back as a fresh string with {@link #NONE}.
     */
    public static Word word(char[] chars, int from, int to) {
        if (to - from > MAX_WORD_CHARS) {
            return new Word(new String(chars, from, to - from), NONE, 0);
        }
        int hash = hash(chars, from, to);
        Word known = find(table, chars, from, to, hash);
        return known != null ? known : assign(chars, from, to, hash);
    }

    /** Where an engine keeps what it knows of the term: below {@link #CAPACITY}. */
    public static int index(int term) {
        return term & (CAPACITY - 1);
    }

    /** How many words have a term now: at most {@link #CAPACITY}, whatever was read. */
    public static synchronized int size() {
        return size;
    }

    /** {@link String#hashCode()} of the span, spread. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + chars[k];
        }
        return spread(h);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static Word find(Word[] slots, char[] chars, int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Word w = slots[i];
            if (w == null) {
                return null;
            }
            if (w.hash == hash && sameChars(w.text, chars, from, to)) {
                return w;
            }
        }
    }

    private static boolean sameChars(String text, char[] chars, int from, int to) {
        if (text.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text.charAt(k - from) != chars[k]) {
                return false;
            }
        }
        return true;
    }

    private static synchronized Word assign(char[] chars, int from, int to, int hash) {
        Word known = find(table, chars, from, to, hash);
        if (known != null) {
            return known;
        }
        if (size == CAPACITY) {
            table = new Word[INITIAL_SLOTS];
            size = 0;
            epoch = (epoch + 1) & EPOCH_MASK;
        }
        Word word = new Word(new String(chars, from, to - from), (epoch << INDEX_BITS) | size, hash);
        Word[] slots = table;
        if ((size + 1) * 2 > slots.length) {
            slots = grown(slots);
        }
        insert(slots, word);
        size++;
        // Why publish after the insert: a reader that sees the new table sees the word in it.
        table = slots;
        return word;
    }

    private static Word[] grown(Word[] slots) {
        Word[] bigger = new Word[slots.length * 2];
        for (Word w : slots) {
            if (w != null) {
                insert(bigger, w);
            }
        }
        return bigger;
    }

    private static void insert(Word[] slots, Word word) {
        int mask = slots.length - 1;
        int i = word.hash & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = word;
    }
}

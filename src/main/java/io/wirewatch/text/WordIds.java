package io.wirewatch.text;

import java.util.function.Function;

/**
 * What one rule engine derived from a word (the trie symbols or keys it stands for), remembered for the words met
 * lately. Why remember: working them out (clitic forms, stems, prefixes, hash lookups of each) costs far more than
 * the lookup here, and news vocabulary repeats, so most tokens hit.
 *
 * <p>Why a fixed table and no growing map: memory must be bounded by the rules, not by the texts ever seen. A
 * stream of never-seen words (hostile input, random tokens) only overwrites slots; the table never grows past its
 * {@code slots} entries, each one word and its ids. Two slots per hash, the newer word in front, so two frequent
 * words of one hash do not evict each other.
 *
 * <p>Thread-safe without locks: a slot holds an immutable entry, replaced whole, and a hit is checked against the
 * word itself, so a lost update costs a recomputation, never a wrong answer.
 */
public final class WordIds {
    /** Why 64: no lexicon word is longer; a longer run of letters is noise or hostile, and not worth a slot. */
    static final int MAX_WORD_CHARS = 64;
    private static final int[] NONE = new int[0];

    private final Entry[] slots;
    private final int mask;
    private final Function<String, int[]> derive;

    private record Entry(String word, int[] ids) {
    }

    /** A table of {@code slots} (a power of two) words, filled on demand by {@code derive}. */
    public WordIds(int slots, Function<String, int[]> derive) {
        if (slots < 2 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two >= 2: " + slots);
        }
        this.slots = new Entry[slots];
        this.mask = slots - 2; // even index: the first of the word's two slots
        this.derive = derive;
    }

    /** The ids {@code derive} gives the word; the array is shared, never to be changed. */
    public int[] of(String word) {
        int h = word.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        Entry front = slots[i];
        if (front != null && front.word.equals(word)) {
            return front.ids;
        }
        Entry back = slots[i + 1];
        if (back != null && back.word.equals(word)) {
            slots[i + 1] = front;
            slots[i] = back;
            return back.ids;
        }
        int[] ids = derive.apply(word);
        if (ids.length == 0) {
            ids = NONE; // most words stand for nothing: one shared empty array
        }
        if (word.length() <= MAX_WORD_CHARS) {
            slots[i + 1] = front;
            slots[i] = new Entry(word, ids);
        }
        return ids;
    }

    /** How many words are remembered now: at most the slot count, whatever was read. */
    public int size() {
        int n = 0;
        for (Entry e : slots) {
            if (e != null) {
                n++;
            }
        }
        return n;
    }
}

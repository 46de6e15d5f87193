package io.wirewatch.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one vocabulary of the pipeline: every folded word gets one dense integer id, whichever rule file or
 * article it comes from. Lexicon words are given theirs when the rules load; an article's words on first
 * sight. The rule engines keep what they derive from a word (stems, clitic forms, which lexicon entries it can
 * start) in arrays indexed by this id, so an article's token costs one hash lookup here and array reads after.
 *
 * <p>Bounded: past {@link #CAPACITY} words, new words get {@link #NONE} and every consumer computes their
 * derived forms each time (the frequent words came first). Thread-safe.
 */
public final class Vocabulary {
    /** Why 300,000: Arabic, English, Russian and Ukrainian news vocabulary with room to spare, ~20 MB in all. */
    public static final int CAPACITY = 300_000;
    /** The id of a word met after the vocabulary filled up, or of one too long to be a word. */
    public static final int NONE = -1;
    /** Why 64: no lexicon word is longer; a longer run of letters is noise or hostile, and kept out. */
    static final int MAX_WORD_CHARS = 64;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Vocabulary() {
    }

    /** The id of a folded word ({@link Token#norm()}), given one on first sight; {@link #NONE} once full. */
    public static int id(String word) {
        if (word.length() > MAX_WORD_CHARS) {
            return NONE;
        }
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        if (NEXT.get() >= CAPACITY) {
            return NONE;
        }
        return IDS.computeIfAbsent(word, w -> {
            int next = NEXT.getAndIncrement();
            return next < CAPACITY ? next : NONE;
        });
    }
}

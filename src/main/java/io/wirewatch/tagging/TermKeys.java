package io.wirewatch.tagging;

import io.wirewatch.text.WordStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns lexicon words and text words into the hash keys they meet on.
 *
 * <p>Rules: a key is a kind mark then a folded form.
 *
 * <ol>
 *   <li>{@code ~stem} (default): the word's full stem, so "drones" meets "drone" and "والمسيرات" meets
 *       "مسيرة".
 *   <li>{@code =form} (term written {@code =word}): the word with proclitics off but inflection kept,
 *       for Arabic words whose stem collides with another word (بحرية "navy" would stem to بحر "sea").
 *   <li>{@code ^prefix} (term written {@code word*}): any text word starting with it, for inflection the
 *       stemmers do not know ("attacked", "дронами").
 * </ol>
 *
 * A text word gets every key of every one of its surface forms (see {@link WordStemmer#surfaceForms}),
 * which is how a lone proclitic (بمسيرات) is tried both on and off.
 */
final class TermKeys {
    static final char STEM = '~';
    static final char EXACT = '=';
    static final char PREFIX = '^';
    /**
     * Why 40: no lexicon word is longer, and a longer "word" is noise (a URL, a run of letters with no
     * spaces) that would only cost time to stem.
     */
    static final int MAX_WORD_LENGTH = 40;

    private final WordStemmer stemmer;

    TermKeys(WordStemmer stemmer) {
        this.stemmer = stemmer;
    }

    String termKey(String foldedWord, char kind) {
        switch (kind) {
            case EXACT:
                return EXACT + stemmer.stripProclitics(foldedWord);
            case PREFIX:
                return PREFIX + foldedWord;
            default:
                return STEM + stemmer.stem(foldedWord);
        }
    }

    /**
     * The keys of a text word that some lexicon term uses.
     *
     * @param prefixLengths the distinct lengths of the lexicon's prefix terms, ascending
     * @param known every key of the lexicon; keys outside it are not returned
     */
    List<String> textKeys(String foldedWord, int[] prefixLengths, Set<String> known) {
        List<String> keys = new ArrayList<>(4);
        if (foldedWord.length() > MAX_WORD_LENGTH) {
            return keys;
        }
        for (String form : stemmer.surfaceForms(foldedWord)) {
            addIfKnown(keys, EXACT + form, known);
            addIfKnown(keys, STEM + stemmer.stem(form), known);
            for (int length : prefixLengths) {
                if (length > form.length()) {
                    break;
                }
                addIfKnown(keys, PREFIX + form.substring(0, length), known);
            }
        }
        return keys;
    }

    private static void addIfKnown(List<String> keys, String key, Set<String> known) {
        if (known.contains(key) && !keys.contains(key)) {
            keys.add(key);
        }
    }
}

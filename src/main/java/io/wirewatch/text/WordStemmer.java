package io.wirewatch.text;

import java.util.List;
import java.util.Locale;

/**
 * Reduces a folded word (see {@link NormalizedText}) to the key it is looked up by, per language.
 *
 * <p>Lexicon terms and text words go through the same stemmer, so "drones" meets "drone" and
 * "والمسيرات" meets "مسيرة". {@link #surfaceForms} are the forms a text word may stand for before
 * suffix stemming (Arabic proclitics off); {@link #stem} also strips inflection.
 */
public interface WordStemmer {

    /** The word itself first, then the forms it may have with its proclitics removed. */
    List<String> surfaceForms(String word);

    /** The lookup key of one word: proclitics and inflectional suffixes removed. */
    String stem(String word);

    /** The word with its standard proclitics (Arabic ال و بال …) removed, inflection kept. */
    default String stripProclitics(String word) {
        return word;
    }

    /**
     * The stemmer for a language code ({@code ar}, {@code en}, {@code ru}, {@code uk}, or a tag like
     * {@code ar-IQ}); unknown languages get the English one, which only strips a plural -s.
     */
    static WordStemmer forLanguage(String language) {
        String base = language == null ? "" : language.toLowerCase(Locale.ROOT);
        int dash = base.indexOf('-');
        if (dash > 0) {
            base = base.substring(0, dash);
        }
        switch (base) {
            case "ar":
                return ArabicWordStemmer.INSTANCE;
            case "ru":
            case "uk":
                return CyrillicWordStemmer.INSTANCE;
            default:
                return EnglishWordStemmer.INSTANCE;
        }
    }
}

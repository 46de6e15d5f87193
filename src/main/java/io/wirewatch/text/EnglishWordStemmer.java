package io.wirewatch.text;

import java.util.List;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * English plural folding with Lucene's {@link EnglishMinimalStemmer} ("drones" → "drone", "navies" →
 * "navy", "ships" → "ship"). Deliberately minimal: "attacked"/"attacking" are reached with prefix terms
 * ({@code attack*}) in the lexicon, where the author can see what they match.
 */
final class EnglishWordStemmer implements WordStemmer {
    static final WordStemmer INSTANCE = new EnglishWordStemmer();
    private static final EnglishMinimalStemmer LUCENE = new EnglishMinimalStemmer();

    private EnglishWordStemmer() {
    }

    @Override
    public List<String> surfaceForms(String word) {
        return List.of(word);
    }

    @Override
    public String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, LUCENE.stem(chars, chars.length));
    }
}

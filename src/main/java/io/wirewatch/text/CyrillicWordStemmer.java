package io.wirewatch.text;

import java.util.List;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Russian and Ukrainian case endings off with Lucene's {@link RussianLightStemmer} ("дронов" →
 * "дрон"). Ukrainian shares most noun endings; what it misses the lexicon covers with prefix terms.
 */
final class CyrillicWordStemmer implements WordStemmer {
    static final WordStemmer INSTANCE = new CyrillicWordStemmer();
    private static final RussianLightStemmer LUCENE = new RussianLightStemmer();

    private CyrillicWordStemmer() {
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

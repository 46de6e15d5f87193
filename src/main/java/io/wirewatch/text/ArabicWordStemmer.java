package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Arabic light stemming on top of Lucene's {@link ArabicStemmer}.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Lucene strips one of the prefixes ال وال بال كال فال لل و and the suffixes ها ان ات ون ين يه ية ه ة ي,
 *       each only when enough of the word remains: "والمسيرات" → "مسير", "للدفاع" → "دفاع".
 *   <li>Surface forms also try one bare proclitic ب ل ف ك و off the front ("بمسيرات", "لطائرات",
 *       "وبالطائرات"), which Lucene leaves on because it cannot tell them from a root letter. This is
 *       safe only because it is never applied to lexicon terms: it adds candidates a text word may
 *       match, it does not change what the lexicon means.
 * </ol>
 */
final class ArabicWordStemmer implements WordStemmer {
    static final WordStemmer INSTANCE = new ArabicWordStemmer();

    static final char BEH = '\u0628';
    static final char LAM = '\u0644';
    static final char FEH = '\u0641';
    static final char KAF = '\u0643';
    static final char WAW = '\u0648';
    /** Why 3: Arabic roots are three letters; a shorter remainder is a different word, not a stem. */
    private static final int MIN_REMAINDER = 3;

    private static final ArabicStemmer LUCENE = new ArabicStemmer();

    private ArabicWordStemmer() {
    }

    @Override
    public List<String> surfaceForms(String word) {
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        addIfNew(forms, stemPrefix(word));
        if (word.length() - 1 >= MIN_REMAINDER && isBareProclitic(word.charAt(0))) {
            String rest = word.substring(1);
            addIfNew(forms, rest);
            addIfNew(forms, stemPrefix(rest));
        }
        return forms;
    }

    @Override
    public String stem(String word) {
        char[] chars = word.toCharArray();
        int len = LUCENE.stem(chars, chars.length);
        return new String(chars, 0, len);
    }

    @Override
    public String stripProclitics(String word) {
        return stemPrefix(word);
    }

    private static String stemPrefix(String word) {
        char[] chars = word.toCharArray();
        int len = LUCENE.stemPrefix(chars, chars.length);
        return new String(chars, 0, len);
    }

    private static boolean isBareProclitic(char c) {
        return c == BEH || c == LAM || c == FEH || c == KAF || c == WAW;
    }

    private static void addIfNew(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }
}

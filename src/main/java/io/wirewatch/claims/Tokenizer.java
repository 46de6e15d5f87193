package io.wirewatch.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Cuts a text into words, numbers and punctuation in one linear scan, keeping every token's original span.
 *
 * <p>Rules:
 * <ol>
 *   <li>A digit run (any script) with inner {@code , . ٬ ٫ '} followed by a digit is one number: {@code 1,200}.</li>
 *   <li>Digits and letters glued together are cut apart: {@code بـ91} → {@code بـ} {@code 91},
 *       {@code 100من} → {@code 100} {@code من}. A number glued to Latin letters is flagged as a designation.</li>
 *   <li>Letters, combining marks and tatweel form words; a hyphen between letters stays inside the word
 *       ({@code forty-two}); apostrophes split and vanish ({@code Ukraine's} → {@code ukraine} {@code s}).</li>
 *   <li>Web addresses are skipped whole: their digits are no counts.</li>
 *   <li>Symbols, emoji and format characters (bidi marks, ZWNJ) are skipped; other punctuation marks are
 *       one-character tokens.</li>
 *   <li>Words are lower-cased, NFKC-folded when they hold Arabic presentation forms, and Arabic-normalised
 *       with Lucene's {@link ArabicNormalizer} (hamzated alefs → ا, ى → ي, ة → ه, no tatweel or harakat), plus
 *       Persian ی/ک and ئ → ي.</li>
 * </ol>
 */
final class Tokenizer {
    /** Words longer than this get no clitic-stripped forms: no lexicon entry is that long. */
    private static final int MAX_FORM_WORD = 40;
    /** A letter run longer than this is not a word of any language we read (hostile or broken input). */
    static final int MAX_WORD_CHARS = 100;
    private static final String[] OUTER_CLITICS = {"", "و", "ف"};
    private static final String[] INNER_CLITICS = {"", "ال", "بال", "كال", "لل", "ل", "ب", "ك"};
    /** Every non-empty outer+inner combination, built once: this runs for every Arabic word. */
    private static final String[] CLITIC_PREFIXES = cliticPrefixes();
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || isSkippable(c)) {
                i++;
            } else if (isUrlStart(text, i)) {
                i = skipUrl(text, i);
            } else if (Character.isDigit(c)) {
                i = number(text, i, out);
            } else if (isWordChar(c)) {
                i = word(text, i, out);
            } else if (c == '\'' || c == '\u2019') {
                // Why: "Ukraine’s" must tokenize like the gazetteer entry "Ukraine's"; as quotes they carry nothing.
                i++;
            } else {
                out.add(new Token(Token.Type.PUNCT, String.valueOf(c), new String[] {String.valueOf(c)}, i, i + 1,
                        false));
                i++;
            }
        }
        return out;
    }

    private static int number(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if (isDigitSeparator(c) && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (isGroupSpace(c) && i - start <= 3 && isThreeDigitGroup(text, i + 1)) {
                // "1 588", "1 200": Russian, Ukrainian and French write thousands apart with a (thin) space.
                i++;
            } else {
                break;
            }
        }
        StringBuilder norm = new StringBuilder(i - start);
        for (int k = start; k < i; k++) {
            char c = text.charAt(k);
            int d = Character.digit(c, 10);
            norm.append(d >= 0 ? (char) ('0' + d) : isGroupSpace(c) ? ',' : c);
        }
        boolean designation = (start > 0 && isLatinLetter(text.charAt(start - 1)))
                || (start > 1 && text.charAt(start - 1) == '-' && (Character.isLetter(text.charAt(start - 2))
                || Character.isDigit(text.charAt(start - 2))))
                || (i < n && isLatinLetter(text.charAt(i)))
                || (start > 1 && text.charAt(start - 1) == '/' && Character.isDigit(text.charAt(start - 2))
                        && out.size() >= 2 && out.get(out.size() - 2).designation()); // "Shahed-131/136"
        String s = norm.toString();
        out.add(new Token(Token.Type.NUMBER, s, new String[] {s}, start, i, designation));
        return i;
    }

    private static int word(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (c == '-' && i > start && i + 1 < n && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i > start && i + 1 < n && isCyrillic(text.charAt(i - 1))
                    && isCyrillic(text.charAt(i + 1))) {
                i++; // Ukrainian "п'ять", "м'ясо": the apostrophe is inside the word
            } else {
                break;
            }
        }
        if (i - start > MAX_WORD_CHARS) {
            // No lexicon word is this long; normalising it would cost O(n^2) in Lucene's in-place deletes.
            return i;
        }
        Word w = normalized(text.substring(start, i));
        if (!w.norm().isEmpty()) {
            out.add(new Token(Token.Type.WORD, w.norm(), w.forms(), start, i, false));
        }
        return i;
    }

    /** A text word's normal form and lexicon forms; shared between tokens (never modified). */
    private record Word(String norm, String[] forms) {
    }

    /**
     * Normal form and forms per raw word, computed once. Why: normalising (lower case, Arabic folding) and
     * splitting off clitics for every word of every article was ~15% of the analyzer's time, and news
     * vocabulary repeats. Bounded: once full, new words are computed each time.
     */
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();
    /** Why 100,000: the bulk of Arabic plus English news vocabulary, at ~150 bytes an entry. */
    static final int MAX_CACHED_WORDS = 100_000;

    private static Word normalized(String raw) {
        Word w = WORDS.get(raw);
        if (w == null) {
            String norm = normalizeWord(raw);
            w = new Word(norm, norm.isEmpty() ? new String[0] : forms(norm));
            if (WORDS.size() < MAX_CACHED_WORDS) {
                WORDS.put(raw, w);
            }
        }
        return w;
    }

    /** Lower case, NFKC when needed, Arabic letter folding. */
    static String normalizeWord(String raw) {
        String s = raw;
        if (hasPresentationForms(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!hasArabic(s)) {
            return hasCyrillic(s) ? foldCyrillic(s) : s;
        }
        char[] buf = s.toCharArray();
        int len = ARABIC.normalize(buf, buf.length);
        for (int k = 0; k < len; k++) {
            char c = buf[k];
            if (c == '\u06CC' || c == '\u0626') {
                buf[k] = '\u064A'; // Persian yeh and yeh-with-hamza → ي
            } else if (c == '\u06A9') {
                buf[k] = '\u0643'; // Persian keheh → ك
            }
        }
        return new String(buf, 0, len);
    }

    /**
     * The word itself plus every reading with a leading conjunction (و، ف) and/or preposition-article
     * (ال، بال، كال، لل، ل، ب، ك) removed, keeping at least two letters. Lexicon entries are compared with
     * all of them, so "والمسيرات" matches the entry "مسيرات" and "البيان" matches both "بيان" and "البيان";
     * after "لل" the article comes back too ("للقوات" matches "القوات").
     */
    static String[] forms(String norm) {
        if (norm.length() < 3 || norm.length() > MAX_FORM_WORD || !hasArabic(norm)) {
            return new String[] {norm};
        }
        char first = norm.charAt(0);
        if (first != 'و' && first != 'ف' && first != 'ا' && first != 'ب' && first != 'ك' && first != 'ل') {
            return new String[] {norm}; // Why: most words carry no clitic; skip the allocation-heavy path.
        }
        List<String> forms = new ArrayList<>(4);
        forms.add(norm);
        for (String prefix : CLITIC_PREFIXES) {
            if (norm.length() - prefix.length() >= 2 && norm.startsWith(prefix)) {
                forms.add(norm.substring(prefix.length()));
                if (prefix.endsWith("لل")) {
                    // "للقوات" is ل + القوات with the article's alef dropped: it also reads as "القوات"
                    forms.add("ال" + norm.substring(prefix.length()));
                }
            }
        }
        return forms.toArray(new String[0]);
    }

    private static String[] cliticPrefixes() {
        List<String> out = new ArrayList<>();
        for (String outer : OUTER_CLITICS) {
            for (String inner : INNER_CLITICS) {
                String p = outer + inner;
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static boolean hasCyrillic(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (isCyrillic(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * ё as е, and no apostrophe (', ’, ʼ): Ukrainian spells "п'ять" with any of the three, Russian writes ё or
     * е at will.
     */
    private static String foldCyrillic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == 'ё') {
                sb.append('е');
            } else if (c != '\'' && c != '\u2019' && c != '\u02BC') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSkippable(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                || type == Character.MODIFIER_SYMBOL || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Exactly three digits at {@code k}, then no further digit or digit separator ("1 588 drones", not "1 5880"). */
    private static boolean isThreeDigitGroup(String text, int k) {
        if (k + 3 > text.length()) {
            return false;
        }
        for (int j = k; j < k + 3; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        if (k + 3 == text.length()) {
            return true;
        }
        char after = text.charAt(k + 3);
        return !Character.isDigit(after) && !(isDigitSeparator(after) && k + 4 < text.length()
                && Character.isDigit(text.charAt(k + 4)));
    }

    private static boolean isDigitSeparator(char c) {
        return c == ',' || c == '.' || c == '\u066C' || c == '\u066B';
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean hasArabic(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPresentationForms(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrlStart(String text, int i) {
        return (text.charAt(i) == 'h' || text.charAt(i) == 'w')
                && (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i));
    }

    private static int skipUrl(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == ')' || c == ']' || c == '"' || c == '>' || c == '<') {
                break;
            }
            j++;
        }
        return j;
    }
}

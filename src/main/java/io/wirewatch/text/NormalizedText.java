package io.wirewatch.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A text folded for matching, with a map from every folded char back to the original span it came from.
 *
 * <p>Rules, applied to each code point of the original in order:
 *
 * <ol>
 *   <li>Format characters (bidi marks, ZWNJ/ZWJ, soft hyphen) are dropped: Telegram and web copy put
 *       them inside words, where they would split a token.
 *   <li>NFKC, so Arabic presentation forms (ﻻ, ﺍﻟ…) and full-width Latin become plain letters.
 *   <li>Lowercase with {@link Locale#ROOT}.
 *   <li>Lucene's {@link ArabicNormalizer}: أ إ آ → ا, ة → ه, ى → ي, tatweel and tashkeel removed; a
 *       removed mark is mapped to the letter before it, so the span of a word covers its vowel marks.
 *       Farsi yeh ی and keheh ک → ي and ك, as Iraqi and Gulf sources mix keyboards; yeh with hamza ئ → ي,
 *       as wires write "طائرة" and "طايرة" alike (Lucene leaves ئ, the claim lexicons never did).
 *   <li>Cyrillic ё → е: Russian writes ё or е at will.
 *   <li>Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII digits, so numbers read alike in every
 *       script.
 * </ol>
 *
 * <p>Every rule works on one code point at a time, which is what makes the offset map exact: a folded
 * char maps back to the whole code point (surrogate pair or NFKC source) it came from. Offsets are
 * UTF-16 indices, end exclusive, like {@link String#substring(int, int)}. Linear in the text length.
 */
public final class NormalizedText {
    static final char ARABIC_INDIC_ZERO = '\u0660';
    static final char ARABIC_INDIC_NINE = '\u0669';
    static final char PERSIAN_ZERO = '\u06F0';
    static final char PERSIAN_NINE = '\u06F9';
    static final char FARSI_YEH = '\u06CC';
    static final char KEHEH = '\u06A9';
    static final char ARABIC_KAF = '\u0643';
    static final char YEH_WITH_HAMZA = '\u0626';
    static final char CYRILLIC_IO = '\u0451';
    static final char CYRILLIC_IE = '\u0435';

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private final String original;
    private final String normalized;
    /** The folded text's chars, for the tokenizer's scan (never changed). */
    private final char[] chars;
    /** For folded char i: the original code point's start. */
    private final int[] originalStarts;
    /** For folded char i: the original code point's end (exclusive). */
    private final int[] originalEnds;

    private NormalizedText(String original, char[] chars, int[] originalStarts, int[] originalEnds) {
        this.original = original;
        this.chars = chars;
        this.normalized = new String(chars);
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    public static NormalizedText of(String original) {
        if (original == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        Builder out = new Builder(original.length());
        char[] one = new char[1];
        for (int i = 0; i < original.length(); ) {
            char ch = original.charAt(i);
            if (ch < 0x80) {
                // ASCII is NFKC already and no Arabic rule touches it: only case folds.
                out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch, i, i + 1);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            // Format characters fold to "" and are dropped outright.
            String folded = folded(cp, one);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (c != 0) {
                    out.append(c, i, next);
                } else {
                    // A dropped diacritic or tatweel belongs to the letter before it: a word's span
                    // must end after its last vowel mark, or evidence would cut the word short.
                    out.extendLast(i, next);
                }
            }
            i = next;
        }
        return out.build(original);
    }

    /**
     * Folds per BMP code point, computed once: the rules work one code point at a time, so the result of
     * a code point never depends on its neighbours, and the cache only saves work (a Normalizer call and
     * several allocations per non-ASCII char were ~10% of the analyzer's time). A benign race: two threads
     * may compute the same immutable string.
     */
    private static final String[] BMP_FOLDS = new String[0x10000];

    /** The folded chars of one code point ({@code \0} = a dropped mark), or "" for a format character. */
    private static String folded(int cp, char[] one) {
        if (cp < BMP_FOLDS.length) {
            String cached = BMP_FOLDS[cp];
            if (cached == null) {
                cached = computeFold(cp, one);
                BMP_FOLDS[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp, one);
    }

    private static String computeFold(int cp, char[] one) {
        if (Character.getType(cp) == Character.FORMAT) {
            return "";
        }
        String lowered = lower(nfkc(cp));
        StringBuilder sb = new StringBuilder(lowered.length());
        for (int k = 0; k < lowered.length(); k++) {
            sb.append(foldChar(lowered.charAt(k), one));
        }
        return sb.toString();
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** The folded chars themselves: the tokenizer reads them without a copy. Callers must not change them. */
    char[] chars() {
        return chars;
    }

    public int length() {
        return normalized.length();
    }

    /** Start in the original of the folded span starting at {@code start}. */
    public int originalStart(int start) {
        if (start >= normalized.length()) {
            return original.length();
        }
        return originalStarts[start];
    }

    /** End (exclusive) in the original of the folded span ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return originalEnds[end - 1];
    }

    /** The original text that the folded span [start, end) came from. */
    public String originalText(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    private static String nfkc(int cp) {
        // Why the fast path: ASCII and the basic Arabic letters are already NFKC, and a 1 MB wire should
        // not pay one Normalizer call per char.
        if (cp < 0x80 || (cp >= 0x0621 && cp <= 0x064A)) {
            return Character.toString(cp);
        }
        return Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
    }

    private static String lower(String s) {
        if (s.length() == 1 && s.charAt(0) < 0x80) {
            char c = s.charAt(0);
            return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + ('a' - 'A'))) : s;
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Arabic and digit folding of one char; 0 means "drop it". */
    private static char foldChar(char c, char[] one) {
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_NINE) {
            return (char) ('0' + (c - PERSIAN_ZERO));
        }
        if (c == CYRILLIC_IO) {
            return CYRILLIC_IE;
        }
        if (c == FARSI_YEH || c == YEH_WITH_HAMZA) {
            return ArabicNormalizer.YEH;
        }
        if (c == KEHEH) {
            return ARABIC_KAF;
        }
        if (c < 0x0600 || c > 0x06FF) {
            return c;
        }
        // Every ArabicNormalizer rule maps one char to one char or deletes it, so a one-char call is exact.
        one[0] = c;
        return ARABIC.normalize(one, 1) == 0 ? 0 : one[0];
    }

    private static final class Builder {
        private char[] text;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int capacity) {
            text = new char[Math.max(capacity, 1)];
            starts = new int[Math.max(capacity, 1)];
            ends = new int[Math.max(capacity, 1)];
        }

        void append(char c, int originalStart, int originalEnd) {
            if (size == starts.length) {
                text = Arrays.copyOf(text, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            text[size] = c;
            starts[size] = originalStart;
            ends[size] = originalEnd;
            size++;
        }

        void extendLast(int originalStart, int originalEnd) {
            if (size > 0 && ends[size - 1] == originalStart) {
                ends[size - 1] = originalEnd;
            }
        }

        NormalizedText build(String original) {
            return new NormalizedText(original, Arrays.copyOf(text, size), Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size));
        }
    }
}

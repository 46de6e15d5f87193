package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokenizer of the pipeline: one left-to-right scan of the {@link NormalizedText folded} text gives
 * the tokens of every consumer ({@link AnalyzedText#tokens()} and the topic rules' view
 * {@link AnalyzedText#words()}), each with its span in the original.
 *
 * <p>Rules:
 * <ol>
 *   <li>A digit run with inner {@code , . ٬ ٫} followed by a digit is one number ({@code 1,200}); so is a run of
 *       three-digit groups apart by a (thin, no-break) space after at most three digits ({@code 1 588}). Its norm
 *       has ASCII digits, a group space as {@code ,}. The words view has each digit run alone.</li>
 *   <li>Digits and letters glued together are cut apart: {@code بـ91} → {@code ب} {@code 91}, {@code ٥٠٠مسيرة} →
 *       {@code 500} {@code مسيره}. A number glued to Latin letters is a designation ({@code F35}, {@code Tu-142},
 *       {@code Shahed-131/136}).</li>
 *   <li>Letters and combining marks form words. A hyphen between letters stays inside the word
 *       ({@code forty-two}, {@code sea-drone}); the words view has its parts. An apostrophe between Cyrillic
 *       letters is part of the word and dropped from its norm (Ukrainian {@code п'ять} = {@code пять}, whichever
 *       of ' ’ ʼ is typed); any other apostrophe splits and vanishes ({@code Ukraine's} → {@code ukraine}
 *       {@code s}).</li>
 *   <li>Web addresses ({@code http://}, {@code https://}, {@code www.} up to a space or bracket) are skipped whole:
 *       their digits are no counts and their words no prose.</li>
 *   <li>Symbols, emoji, control and unassigned characters are skipped (format characters are already gone:
 *       {@link NormalizedText} drops them, so a ZWNJ never splits a word). Other punctuation marks are one token
 *       per original character ({@code …} is one token, though NFKC makes it three dots).</li>
 * </ol>
 * Linear in the text length, no regular expression.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    static AnalyzedText analyze(String text) {
        NormalizedText folded = NormalizedText.of(text);
        Scan scan = new Scan(folded);
        scan.run();
        return new AnalyzedText(text, scan.tokens, scan.words);
    }

    private static final class Scan {
        private final NormalizedText folded;
        private final String s;
        /** The folded text's chars: the vocabulary is probed over them, so a known word needs no substring. */
        private final char[] chars;
        /** Where a norm that differs from the folded chars (a number's, a Cyrillic word's) is built. */
        private char[] scratch = new char[16];
        final List<Token> tokens = new ArrayList<>();
        final List<Token> words = new ArrayList<>();

        Scan(NormalizedText folded) {
            this.folded = folded;
            this.s = folded.normalized();
            this.chars = folded.chars();
        }

        void run() {
            int n = chars.length;
            int i = 0;
            while (i < n) {
                int cp = Character.codePointAt(chars, i);
                int next;
                if (Character.isWhitespace(cp) || isSkippable(cp)) {
                    next = i + Character.charCount(cp);
                } else if (isUrlStart(s, i)) {
                    next = skipUrl(s, i);
                } else if (Character.isDigit(cp)) {
                    next = number(i);
                } else if (isWordChar(cp)) {
                    next = word(i);
                } else if (cp == '\'' || cp == '\u2019') {
                    // Why: "Ukraine’s" must read like the gazetteer entry "Ukraine's"; as quotes they carry nothing.
                    next = i + 1;
                } else {
                    next = punct(i);
                }
                if (next <= i) {
                    // Why: a step that reads nothing repeats forever, adding one token each time until the heap is
                    // gone and takes the whole process with it; failing this one article is the lesser harm.
                    throw new IllegalStateException("tokenizer stuck at U+" + Integer.toHexString(cp).toUpperCase()
                            + " (index " + i + ")");
                }
                i = next;
            }
        }

        private int number(int start) {
            int n = chars.length;
            int i = start;
            while (i < n) {
                // Why code points: run() sends here whatever Character.isDigit(int) calls a digit, including digits
                // beyond the BMP (Brahmi 𑁦); read by char, their surrogates were no digit, nothing was consumed and
                // the scan added the same token again and again until the heap was gone.
                int cp = Character.codePointAt(chars, i);
                char c = chars[i];
                if (Character.isDigit(cp)) {
                    i += Character.charCount(cp);
                } else if (isDigitSeparator(c) && i + 1 < n && Character.isDigit(chars[i + 1])) {
                    i++;
                } else if (c == ' ' && i - start <= 3 && isThreeDigitGroup(s, i + 1)) {
                    // "1 588": Russian, Ukrainian and French write thousands apart with a space (NFKC made every
                    // no-break and thin space a plain one).
                    i++;
                } else {
                    break;
                }
            }
            char[] norm = scratch(i - start);
            int length = 0;
            boolean plain = true;
            for (int k = start; k < i; ) {
                int cp = Character.codePointAt(chars, k);
                int d = Character.digit(cp, 10);
                norm[length++] = d >= 0 ? (char) ('0' + d) : cp == ' ' ? ',' : (char) cp;
                plain &= d >= 0;
                k += Character.charCount(cp);
            }
            boolean designation = (start > 0 && isLatinLetter(chars[start - 1]))
                    || (start > 1 && chars[start - 1] == '-' && (Character.isLetter(chars[start - 2])
                    || Character.isDigit(chars[start - 2])))
                    || (i < n && isLatinLetter(chars[i]))
                    || (start > 1 && chars[start - 1] == '/' && Character.isDigit(chars[start - 2])
                            && tokens.size() >= 2 && tokens.get(tokens.size() - 2).designation()); // "Shahed-131/136"
            Token whole = token(Token.Type.NUMBER, Vocabulary.word(norm, 0, length), start, i, designation);
            tokens.add(whole);
            if (plain) {
                words.add(whole); // one digit run: the words view shares the token (its rules ignore designation)
                return i;
            }
            int run = -1;
            for (int k = start; k <= i; ) {
                int cp = k < i ? Character.codePointAt(chars, k) : -1;
                boolean digit = k < i && Character.isDigit(cp);
                if (digit && run < 0) {
                    run = k;
                } else if (!digit && run >= 0) {
                    words.add(token(Token.Type.NUMBER, digits(run, k), run, k, false));
                    run = -1;
                }
                k += k < i ? Character.charCount(cp) : 1;
            }
            return i;
        }

        private Vocabulary.Word digits(int from, int to) {
            char[] norm = scratch(to - from);
            int length = 0;
            for (int k = from; k < to; ) {
                int cp = Character.codePointAt(chars, k);
                norm[length++] = (char) ('0' + Character.digit(cp, 10));
                k += Character.charCount(cp);
            }
            return Vocabulary.word(norm, 0, length);
        }

        /** The scratch buffer, at least {@code length} chars long. */
        private char[] scratch(int length) {
            if (scratch.length < length) {
                scratch = new char[Math.max(length, scratch.length * 2)];
            }
            return scratch;
        }

        private int word(int start) {
            int n = chars.length;
            int i = start;
            boolean apostrophe = false;
            boolean cyrillic = false;
            int parts = 0;
            int part = start;
            while (i < n) {
                int cp = Character.codePointAt(chars, i);
                if (isWordChar(cp)) {
                    apostrophe |= cp == MODIFIER_APOSTROPHE;
                    cyrillic |= cp >= 0x0400 && cp <= 0x04FF;
                    i += Character.charCount(cp);
                } else if (cp == '-' && i > start && i + 1 < n && Character.isLetter(chars[i - 1])
                        && Character.isLetter(chars[i + 1])) {
                    if (parts == 0) {
                        hyphenated.clear();
                    }
                    hyphenated.add(part);
                    hyphenated.add(i);
                    parts++;
                    i++;
                    part = i;
                } else if ((cp == '\'' || cp == '\u2019') && i > start && i + 1 < n && isCyrillic(chars[i - 1])
                        && isCyrillic(chars[i + 1])) {
                    apostrophe = true;
                    i++;
                } else {
                    break;
                }
            }
            boolean fold = apostrophe && cyrillic;
            Token whole = token(Token.Type.WORD, fold ? withoutApostrophes(start, i) : Vocabulary.word(chars, start, i), start, i,
                    false);
            tokens.add(whole);
            if (parts == 0) {
                words.add(whole); // one part: the words view shares the token
                return i;
            }
            for (int k = 0; k < hyphenated.size(); k += 2) {
                int from = hyphenated.get(k);
                int to = hyphenated.get(k + 1);
                words.add(token(Token.Type.WORD, fold ? withoutApostrophes(from, to) : Vocabulary.word(chars, from, to), from, to,
                        false));
            }
            words.add(token(Token.Type.WORD, fold ? withoutApostrophes(part, i) : Vocabulary.word(chars, part, i), part, i, false));
            return i;
        }

        /** Part bounds of the hyphenated word being read, reused from word to word. */
        private final List<Integer> hyphenated = new ArrayList<>();

        /** A Cyrillic word's norm has no apostrophe: "п'ять", "п’ять" and "пʼять" are one word. */
        private Vocabulary.Word withoutApostrophes(int from, int to) {
            char[] norm = scratch(to - from);
            int length = 0;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                if (c != '\'' && c != '\u2019' && c != MODIFIER_APOSTROPHE) {
                    norm[length++] = c;
                }
            }
            return Vocabulary.word(norm, 0, length);
        }

        /** One token per original character, even when NFKC made it several ("…" → "..."). */
        private int punct(int start) {
            int source = folded.originalStart(start);
            int i = start + Character.charCount(Character.codePointAt(chars, start));
            while (i < chars.length && folded.originalStart(i) == source && !Character.isLetterOrDigit(chars[i])
                    && !Character.isWhitespace(chars[i])) {
                i++;
            }
            tokens.add(token(Token.Type.PUNCT, Vocabulary.word(chars, start, i), start, i, false));
            return i;
        }

        private Token token(Token.Type type, Vocabulary.Word norm, int from, int to, boolean designation) {
            return new Token(type, norm.text(), folded.originalStart(from), folded.originalEnd(to), designation,
                    norm.term());
        }
    }

    /** ʼ (U+02BC) is a letter to Unicode, so it never splits a word; Ukrainian types it for the apostrophe. */
    private static final char MODIFIER_APOSTROPHE = '\u02BC';

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSkippable(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                || type == Character.MODIFIER_SYMBOL || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
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

package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences with a single left-to-right scan (linear time, no regex).
 *
 * <p>Rules:
 * <ol>
 *   <li>A line break ends a sentence: wires, Telegram posts and headlines put one statement per line.</li>
 *   <li>A blank line (two line breaks with only spaces between) also starts a new paragraph.</li>
 *   <li>{@code . ! ? ؟ …} end a sentence when followed by white space, a closing quote or the end of the text,
 *       so that {@code 1.200}, {@code 3.5} and {@code doc.afp.com} stay whole.</li>
 *   <li>A period after a single capital letter ({@code U.S. officials}) does not end a sentence.</li>
 *   <li>Nor does a period followed by a lower-case word ({@code 9 a.m. local time}, {@code в 2024 г. было}),
 *       or a month abbreviation followed by a number ({@code Nov. 29}), or {@code a.m.}/{@code p.m.} followed
 *       by its time zone ({@code 8:00 p.m. Moscow time}, {@code 7 a.m. GMT}), or a title before a name
 *       ({@code Brig. Gen. Turki al-Maliki}, {@code Lt. Col. ...}).</li>
 *   <li>Sentences are trimmed of surrounding white space; empty ones are dropped.</li>
 * </ol>
 */
public final class SentenceSplitter {
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char ELLIPSIS = '\u2026';

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int n = text.length();
        int start = 0;
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, paragraph, out);
                int j = i;
                int breaks = 0;
                // Why: swallow the whole run of line breaks so that "\n \n" counts as one paragraph break.
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        breaks++;
                    }
                    j++;
                }
                if (breaks >= 2) {
                    paragraph++;
                }
                start = j;
                i = j;
                continue;
            }
            if (isTerminator(c) && endsSentence(text, i)) {
                int end = i + 1;
                // Keep the closing quotes and brackets that belong to the sentence.
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, n, paragraph, out);
        return out;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ELLIPSIS;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (isClosing(text.charAt(j)) || isTerminator(text.charAt(j)))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        if (text.charAt(i) == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)))) {
            return false;
        }
        if (text.charAt(i) == '.') {
            int k = j;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            if (k < n && k > j && text.charAt(k) != '\n' && (Character.isLowerCase(text.charAt(k))
                    || (Character.isDigit(text.charAt(k)) && isMonthAbbreviation(text, i))
                    || (Character.isUpperCase(text.charAt(k)) && isTitle(text, i))
                    || (isClockSuffix(text, i) && isTimeZone(text, k)))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Whether the period at {@code dot} closes "Nov", "Sept", ...: a date follows, not a new sentence. */
    private static boolean isMonthAbbreviation(String text, int dot) {
        return closesWordOf(text, dot, MONTHS);
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("brig", "gen", "col", "lt", "maj", "capt",
            "sgt", "adm", "cmdr", "cdr", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "pres", "lieut");

    /** Whether the period at {@code dot} closes a title ("Brig. Gen. Turki al-Maliki"): a name follows. */
    private static boolean isTitle(String text, int dot) {
        return closesWordOf(text, dot, TITLES);
    }

    /** Whether the word the period at {@code dot} closes (at most six letters) is one of {@code words}. */
    private static boolean closesWordOf(String text, int dot, java.util.Set<String> words) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1)) && dot - b < 6) {
            b--;
        }
        return (b == 0 || !Character.isLetter(text.charAt(b - 1)))
                && words.contains(text.substring(b, dot).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the period at {@code dot} closes "a.m" or "p.m". */
    private static boolean isClockSuffix(String text, int dot) {
        if (dot < 3) {
            return false;
        }
        String s = text.substring(dot - 3, dot).toLowerCase(java.util.Locale.ROOT);
        return (s.equals("a.m") || s.equals("p.m")) && (dot == 3 || !Character.isLetter(text.charAt(dot - 4)));
    }

    /** "Moscow time", "Kyiv time", "GMT", "UTC" at {@code k}: a clock time's zone, not a new sentence. */
    private static boolean isTimeZone(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(k, e);
        if (word.length() >= 2 && word.length() <= 4 && word.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        return text.startsWith(" time", e);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e, paragraph));
        }
    }
}

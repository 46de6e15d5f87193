package io.wirewatch.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Blanks out HTML markup while keeping every char at its place, so that offsets found in the masked
 * text are offsets into the original: {@code mask(s).length() == s.length()}, always.
 *
 * <p>Rules, applied left to right by a single hand-written scanner:
 *
 * <ol>
 *   <li>A tag is {@code <} followed by an ASCII letter, {@code /} + letter, {@code !} or {@code ?}, up to
 *       the matching {@code >} (one inside a quoted attribute value, {@code ="..."}, does not end it). It
 *       becomes spaces. Any other {@code <} ("a < b", "<3") is text and stays.
 *   <li>A tag with no {@code >} after it is not a tag: it stays as text, so a stray {@code <} cannot
 *       swallow the rest of a wire.
 *   <li>Block-level tags ({@link #BLOCK_TAGS}: {@code p}, {@code br}, {@code div}, {@code li},
 *       {@code h1}-{@code h6}, ...), opening or closing, become {@code '\n'} then spaces, so the
 *       sentences on either side do not run together — but only where no line break is already: not at
 *       the start of the text, not right after a newline or another block tag (spaces between), and not
 *       right before a newline. So {@code "</p>\n<p>"} and {@code "</p><p>"} give one newline, as a plain
 *       wire has: a blank line would read as a paragraph break and could part a claim from its
 *       "Ministry:" header line.
 *   <li>{@code <script>} and {@code <style>} are blanked with their contents, through the closing tag; when
 *       the closing tag is missing only the opening tag is blanked.
 *   <li>A comment {@code <!-- ... -->} is blanked whole; one never closed ends at the next {@code >}, like
 *       any other {@code <!} construct.
 *   <li>A character reference with its {@code ;} — named ({@link #NAMED}: {@code &amp;}, {@code &nbsp;},
 *       ...), decimal ({@code &#1575;}) or hex ({@code &#x627;}) — is decoded into its first position and
 *       the rest is padded with spaces: {@code "&amp;"} → {@code "&    "}. A supplementary code point
 *       takes two chars (every such reference is at least 8 long). An unknown name, an invalid code
 *       point, a control other than tab, CR and LF, or a reference longer than {@link #MAX_REFERENCE}
 *       is left as text. Padding splits a word written entirely in references into single letters;
 *       accepted, as references in wires are mostly punctuation and spaces.
 * </ol>
 *
 * <p>Linear in the text length whatever the input: every char is read a bounded number of times, and a
 * search that failed once (no {@code >}, no {@code </script}) is not repeated further right.
 * Returns the very same instance when the text has no {@code <} and no {@code &}, or nothing to mask.
 * Stateless and thread-safe.
 */
public final class HtmlMasker {
    /** Why 32: the longest named reference in HTML 5 is 33 chars with {@code &} and {@code ;}. */
    static final int MAX_REFERENCE = 32;

    /** Tags that end a line of text in a browser; they become a newline, so sentences stay apart. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "blockquote", "hr", "section", "article", "header", "footer",
            "dd", "dt", "pre", "figure", "figcaption", "title");

    /** Elements whose content is not text: blanked through their closing tag. */
    private static final Set<String> RAW_TEXT_TAGS = Set.of("script", "style");

    /** The named references wires actually use; others stay as text. */
    static final Map<String, Character> NAMED = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("shy", '\u00AD'),
            Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'), Map.entry("hellip", '\u2026'),
            Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'), Map.entry("ldquo", '\u201C'),
            Map.entry("rdquo", '\u201D'), Map.entry("laquo", '\u00AB'), Map.entry("raquo", '\u00BB'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("lrm", '\u200E'),
            Map.entry("rlm", '\u200F'), Map.entry("copy", '\u00A9'), Map.entry("reg", '\u00AE'),
            Map.entry("deg", '\u00B0'), Map.entry("times", '\u00D7'), Map.entry("middot", '\u00B7'),
            Map.entry("bull", '\u2022'), Map.entry("euro", '\u20AC'));

    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    private HtmlMasker() {
    }

    /** The text with markup blanked, same length as {@code text}; null in, null out. */
    public static String mask(String text) {
        if (text == null || (text.indexOf('<') < 0 && text.indexOf('&') < 0)) {
            return text;
        }
        return new Scan(text).run();
    }

    /** One masking pass; holds the memo of searches that already failed. */
    private static final class Scan {
        private final String in;
        private final char[] out;
        private final int lastGt;
        private boolean changed;
        /** The last char of the output so far that is not a space or tab; 0 at the start. */
        private char lastNonBlank;
        /** Quote-aware tag ends are abandoned after the first unclosed quote, to stay linear. */
        private boolean quotesHopeless;
        /** Smallest position from which a search for the closing tag of each raw-text element failed. */
        private int scriptCloseMissingFrom = Integer.MAX_VALUE;
        private int styleCloseMissingFrom = Integer.MAX_VALUE;
        private int commentCloseMissingFrom = Integer.MAX_VALUE;

        Scan(String in) {
            this.in = in;
            this.out = in.toCharArray();
            this.lastGt = in.lastIndexOf('>');
        }

        String run() {
            int n = in.length();
            int i = 0;
            while (i < n) {
                char c = in.charAt(i);
                if (c == '<' && isTagStart(i) && i < lastGt) {
                    i = markup(i);
                } else if (c == '&') {
                    i = reference(i);
                } else {
                    if (c != ' ' && c != '\t') {
                        lastNonBlank = c;
                    }
                    i++;
                }
            }
            return changed ? new String(out) : in;
        }

        private boolean isTagStart(int i) {
            if (i + 1 >= in.length()) {
                return false;
            }
            char next = in.charAt(i + 1);
            if (isAsciiLetter(next) || next == '!' || next == '?') {
                return true;
            }
            return next == '/' && i + 2 < in.length() && isAsciiLetter(in.charAt(i + 2));
        }

        /** Masks the markup starting at {@code start}; returns where scanning resumes. */
        private int markup(int start) {
            if (in.startsWith(COMMENT_OPEN, start)) {
                int close = start >= commentCloseMissingFrom
                        ? -1 : in.indexOf(COMMENT_CLOSE, start + COMMENT_OPEN.length());
                if (close >= 0) {
                    return blank(start, close + COMMENT_CLOSE.length(), false);
                }
                commentCloseMissingFrom = Math.min(commentCloseMissingFrom, start);
            }
            int end = tagEnd(start);
            if (end < 0) {
                return start + 1; // no '>' ahead: text
            }
            boolean closing = in.charAt(start + 1) == '/';
            String name = tagName(start + (closing ? 2 : 1), end);
            if (!closing && RAW_TEXT_TAGS.contains(name) && in.charAt(end - 2) != '/') {
                int rawEnd = rawTextEnd(name, end);
                if (rawEnd >= 0) {
                    return blank(start, rawEnd, false);
                }
            }
            return blank(start, end, BLOCK_TAGS.contains(name));
        }

        /** End (exclusive, after '>') of the tag at {@code start}, or -1 when there is no '>'. */
        private int tagEnd(int start) {
            if (!quotesHopeless) {
                char quote = 0;
                char previous = 0; // last non-blank char outside quotes: a value's quote follows '='
                for (int k = start + 1; k < in.length(); k++) {
                    char c = in.charAt(k);
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if ((c == '"' || c == '\'') && previous == '=') {
                        quote = c;
                    } else if (c == '>') {
                        return k + 1;
                    } else if (!Character.isWhitespace(c)) {
                        previous = c;
                    }
                }
                // An unclosed quote ran to the end: from now on quotes are ignored, or every later tag
                // would scan to the end again.
                quotesHopeless = true;
            }
            int gt = in.indexOf('>', start + 1);
            return gt < 0 ? -1 : gt + 1;
        }

        /** End (exclusive) of the closing tag of raw-text element {@code name} searched from {@code from}. */
        private int rawTextEnd(String name, int from) {
            boolean script = name.equals("script");
            int missingFrom = script ? scriptCloseMissingFrom : styleCloseMissingFrom;
            if (from >= missingFrom) {
                return -1;
            }
            String needle = "</" + name;
            for (int k = from; k + needle.length() <= in.length(); k++) {
                if (in.regionMatches(true, k, needle, 0, needle.length())) {
                    int gt = in.indexOf('>', k + needle.length());
                    return gt < 0 ? in.length() : gt + 1;
                }
            }
            if (script) {
                scriptCloseMissingFrom = from;
            } else {
                styleCloseMissingFrom = from;
            }
            return -1;
        }

        private String tagName(int from, int end) {
            int k = from;
            while (k < end && isAsciiLetterOrDigit(in.charAt(k))) {
                k++;
            }
            return in.substring(from, k).toLowerCase(Locale.ROOT);
        }

        /**
         * Replaces [start, end) by spaces, or by a newline and spaces when {@code lineBreak} and no line
         * break is there already (text before it ends a line, or the text after it starts one); returns
         * {@code end}.
         */
        private int blank(int start, int end, boolean lineBreak) {
            for (int k = start; k < end; k++) {
                out[k] = ' ';
            }
            if (lineBreak && lastNonBlank != 0 && !isLineEnd(lastNonBlank)
                    && !(end < in.length() && isLineEnd(in.charAt(end)))) {
                out[start] = '\n';
                lastNonBlank = '\n';
            }
            changed = true;
            return end;
        }

        private static boolean isLineEnd(char c) {
            return c == '\n' || c == '\r';
        }

        /** Decodes the character reference at {@code amp} if it is one; returns where scanning resumes. */
        private int reference(int amp) {
            int limit = Math.min(in.length(), amp + MAX_REFERENCE);
            int semi = -1;
            for (int k = amp + 1; k < limit; k++) {
                char c = in.charAt(k);
                if (c == ';') {
                    semi = k;
                    break;
                }
                if (!isAsciiLetterOrDigit(c) && !(c == '#' && k == amp + 1)) {
                    break;
                }
            }
            if (semi < 0) {
                return amp + 1;
            }
            int cp = decode(in.substring(amp + 1, semi));
            int length = semi + 1 - amp;
            if (cp < 0 || Character.charCount(cp) > length) {
                return amp + 1;
            }
            int written = Character.toChars(cp, out, amp);
            if (cp != ' ' && cp != '\t') {
                lastNonBlank = out[amp + written - 1];
            }
            for (int k = amp + written; k <= semi; k++) {
                out[k] = ' ';
            }
            changed = true;
            return semi + 1;
        }

        /** The code point a reference body ({@code amp}, {@code #1575}, {@code #x627}) stands for, or -1. */
        private static int decode(String body) {
            if (body.isEmpty()) {
                return -1;
            }
            if (body.charAt(0) != '#') {
                Character named = NAMED.get(body);
                return named == null ? -1 : named;
            }
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            String digits = body.substring(hex ? 2 : 1);
            if (digits.isEmpty() || digits.length() > 7) {
                return -1;
            }
            int cp;
            try {
                cp = Integer.parseInt(digits, hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return -1; // letters in a decimal reference, say: not a reference, stays text
            }
            boolean usable = Character.isValidCodePoint(cp)
                    && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                    && (!Character.isISOControl(cp) || cp == '\n' || cp == '\t' || cp == '\r');
            return usable ? cp : -1;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}

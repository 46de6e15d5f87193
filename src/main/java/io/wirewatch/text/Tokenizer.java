package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@link NormalizedText} into word tokens with offsets.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A token is a maximal run of Unicode letters and digits (any script); combining marks stay
 *       inside the token they follow. Everything else — spaces, punctuation, hyphens, apostrophes —
 *       separates, so "sea-drone" gives "sea" "drone" and "Shahed-type" gives "shahed" "type".
 *   <li>A switch between digits and letters also separates: Arabic wires glue numbers to nouns
 *       ("٥٠٠مسيرة"), and "MQ9" should still show its "mq".
 * </ol>
 *
 * <p>One pass, no regular expression, so the cost is linear whatever the input.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(NormalizedText text) {
        String s = text.normalized();
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        boolean startDigit = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            CharClass kind = classify(cp);
            boolean continues = start >= 0
                    && (kind == CharClass.MARK
                        || (kind == CharClass.DIGIT && startDigit)
                        || (kind == CharClass.LETTER && !startDigit));
            if (!continues && start >= 0) {
                tokens.add(token(text, start, i));
                start = -1;
            }
            if (start < 0 && (kind == CharClass.LETTER || kind == CharClass.DIGIT)) {
                start = i;
                startDigit = kind == CharClass.DIGIT;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(token(text, start, s.length()));
        }
        return tokens;
    }

    private static Token token(NormalizedText text, int start, int end) {
        return new Token(text.normalized().substring(start, end), start, end,
                text.originalStart(start), text.originalEnd(end));
    }

    private enum CharClass { LETTER, DIGIT, MARK, OTHER }

    private static CharClass classify(int cp) {
        if (Character.isDigit(cp)) {
            return CharClass.DIGIT;
        }
        if (Character.isLetter(cp)) {
            return CharClass.LETTER;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return CharClass.MARK;
        }
        return CharClass.OTHER;
    }
}

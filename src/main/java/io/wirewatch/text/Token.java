package io.wirewatch.text;

/**
 * One word, number or punctuation mark of an article, as the one {@link Tokenizer} of the pipeline cut it.
 * Every consumer (topic rules, claim reader, incident rules) sees these very tokens, or a view of them
 * ({@link AnalyzedText#words()}).
 *
 * @param norm        the folded form ({@link NormalizedText}: NFKC, lower case, Arabic and Cyrillic folding,
 *                    ASCII digits); a number keeps its separators, a hyphenated word its hyphens
 * @param start       start in the original text (UTF-16 index)
 * @param end         end in the original text (exclusive)
 * @param designation a number glued to Latin letters ({@code Tu-142}, {@code F35}, {@code 28th}): a model name
 *                    or an ordinal, never a count
 * @param term        the norm's term in the one {@link Vocabulary} ({@link Vocabulary#NONE} for an overlong word):
 *                    the rule engines look up what they know of a word by it
 */
public record Token(Type type, String norm, int start, int end, boolean designation, int term) {

    public Token(Type type, String norm, int start, int end, boolean designation) {
        this(type, norm, start, end, designation, Vocabulary.id(norm));
    }

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isPunct() {
        return type == Type.PUNCT;
    }

    /** Quotes are transparent for the phrase windows; other punctuation ends a clause. */
    public boolean isQuote() {
        return type == Type.PUNCT && norm.length() == 1 && "\"'“”«»„‘’".indexOf(norm.charAt(0)) >= 0;
    }
}

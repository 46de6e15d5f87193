package io.wirewatch.claims;

/**
 * One word, number or punctuation mark of a text, with its span in the original text.
 *
 * @param norm        lower-cased, Arabic-normalised form (digits keep their separators)
 * @param forms       the forms lexicon entries are compared with: {@code norm} and, for Arabic words, {@code norm}
 *                    without its leading clitics (و، ف، ب، ل، ك، ال and their combinations)
 * @param designation a number glued to Latin letters ({@code Tu-142}, {@code F35}, {@code 28th}): a model name or
 *                    an ordinal, never a count
 */
record Token(Type type, String norm, String[] forms, int start, int end, boolean designation) {

    enum Type { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    /** Quotes are transparent for the phrase windows; other punctuation ends a clause. */
    boolean isQuote() {
        return type == Type.PUNCT && norm.length() == 1 && "\"'“”«»„‘’".indexOf(norm.charAt(0)) >= 0;
    }
}

package io.wirewatch.text;

import java.util.List;

/**
 * An article's text normalised and tokenised once, for every consumer: the claim reader reads
 * {@link #tokens()}, the topic and incident rules read {@link #words()}, both read {@link #sentences()}.
 * Lucene's analyzers work the same way: one tokenizer and filter chain, whatever asks for the terms.
 *
 * <p>Immutable once built (the sentences are computed on first use, idempotently).
 */
public final class AnalyzedText {
    private final String text;
    private final List<Token> tokens;
    private final List<Token> words;
    private volatile List<Sentence> sentences;

    AnalyzedText(String text, List<Token> tokens, List<Token> words) {
        this.text = text;
        this.tokens = tokens;
        this.words = words;
    }

    /** Normalises and tokenises {@code text} (HTML already masked, when it had any). */
    public static AnalyzedText of(String text) {
        return Tokenizer.analyze(text == null ? "" : text);
    }

    /** The text every offset indexes into. */
    public String text() {
        return text;
    }

    /** Words (hyphenated compounds whole), numbers (with their separators) and punctuation marks, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * The topic rules' view: runs of letters or of digits only, so a compound counts as its parts ("sea-drone" →
     * "sea" "drone", "1,200" → "1" "200") and punctuation is not a token: rule windows count words.
     */
    public List<Token> words() {
        return words;
    }

    public List<Sentence> sentences() {
        List<Sentence> s = sentences;
        if (s == null) {
            s = List.copyOf(SentenceSplitter.split(text));
            sentences = s;
        }
        return s;
    }
}

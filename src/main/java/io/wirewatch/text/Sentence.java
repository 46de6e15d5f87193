package io.wirewatch.text;

/**
 * A sentence of a text as a span of UTF-16 offsets ({@code end} exclusive) into the text it came from.
 *
 * @param paragraph 0-based index of the paragraph (blocks separated by a blank line) holding the sentence
 */
public record Sentence(int start, int end, int paragraph) {

    public String textOf(String source) {
        return source.substring(start, end);
    }
}

package io.wirewatch.text;

/**
 * A word of a {@link NormalizedText}: its folded form, its span in the folded text and its span in the
 * original (UTF-16 indices, end exclusive).
 */
public record Token(String text, int start, int end, int originalStart, int originalEnd) {
}

package io.wirewatch.model;

/**
 * A span of the analysed text that made a rule fire.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets (Java {@code String} indices, end exclusive) into
 * {@link Article#text()}, and {@code text} equals {@code article.text().substring(start, end)}.
 */
public record Evidence(String text, int start, int end) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + "," + end + ")");
        }
    }

    public static Evidence of(String source, int start, int end) {
        return new Evidence(source.substring(start, end), start, end);
    }
}

package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One wire message as the service understands it, whatever form it arrived in.
 *
 * @param published event time of the article; never null once ingested (falls back to the record timestamp)
 * @param language  ISO 639-1 code ({@code ar}, {@code en}, {@code ru}, {@code uk}, ...), detected when absent
 */
public record Article(
        String id,
        String source,
        Instant published,
        String language,
        String title,
        String body,
        String url) {

    /** Separates title and body in {@link #text()}; evidence offsets count it. */
    public static final String TITLE_SEPARATOR = "\n\n";

    /**
     * The text that is analysed and that every evidence offset points into: the title, a blank line,
     * then the body exactly as received (or the body alone when there is no title).
     */
    @JsonIgnore
    public String text() {
        return text(title, body);
    }

    /** {@link #text()} of any record carrying a title and a body (the enriched article too). */
    public static String text(String title, String body) {
        String b = body == null ? "" : body;
        return title == null || title.isBlank() ? b : title + TITLE_SEPARATOR + b;
    }
}

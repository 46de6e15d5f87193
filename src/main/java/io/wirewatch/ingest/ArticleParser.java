package io.wirewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.text.LanguageDetector;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Placeholder parser for the simple input form (replaced by the platform's). */
public final class ArticleParser {
    public Article parse(byte[] value, Instant fallbackPublished) throws BadInputException {
        if (value == null || value.length == 0) {
            throw new BadInputException("empty message");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(value);
        } catch (Exception e) {
            throw new BadInputException("not JSON: " + e.getMessage(), e);
        }
        if (!node.isObject()) {
            throw new BadInputException("expected a JSON object");
        }
        String id = node.path("id").asText(null);
        String body = node.path("body").asText(null);
        if (id == null || body == null) {
            throw new BadInputException("missing required field 'id' or 'body'");
        }
        Instant published = fallbackPublished;
        String p = node.path("published").asText(null);
        if (p != null) {
            try {
                published = OffsetDateTime.parse(p).toInstant();
            } catch (Exception e) {
                published = fallbackPublished;
            }
        }
        String lang = node.path("language").asText(null);
        String title = node.path("title").asText(null);
        String text = title == null ? body : title + " " + body;
        return new Article(id, node.path("source").asText(null), published,
                lang == null ? LanguageDetector.detect(text) : lang, title, body, node.path("url").asText(null));
    }
}

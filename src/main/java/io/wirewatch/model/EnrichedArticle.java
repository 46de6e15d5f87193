package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** The {@code news.tagged} value: the article with its topics and drone claims. */
public record EnrichedArticle(
        String id,
        String source,
        Instant published,
        String language,
        String title,
        String body,
        String url,
        List<TopicTag> topics,
        List<DroneClaim> claims) {

    public EnrichedArticle {
        topics = List.copyOf(topics);
        claims = List.copyOf(claims);
    }

    public static EnrichedArticle of(Article a, List<TopicTag> topics, List<DroneClaim> claims) {
        return new EnrichedArticle(a.id(), a.source(), a.published(), a.language(), a.title(), a.body(),
                a.url(), topics, claims);
    }

    /** The analysed text every evidence offset points into: see {@link Article#text()}. */
    @JsonIgnore
    public String text() {
        return Article.text(title, body);
    }

    public boolean hasTopic(String topic) {
        return topics.stream().anyMatch(t -> t.topic().equals(topic));
    }
}

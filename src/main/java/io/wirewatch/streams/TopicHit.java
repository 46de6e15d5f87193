package io.wirewatch.streams;

import java.time.Instant;

/** One article counted for one topic, on its way to that topic's hourly counter. */
public record TopicHit(String topic, Instant published, String articleId, String title) {
}

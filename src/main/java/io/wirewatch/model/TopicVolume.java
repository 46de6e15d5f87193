package io.wirewatch.model;

import java.time.Instant;

/** How many articles were tagged with {@code topic} in the event-time hour starting at {@code hour}. */
public record TopicVolume(String topic, Instant hour, int count) {
}

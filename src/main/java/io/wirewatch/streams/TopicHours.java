package io.wirewatch.streams;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Articles per event-time hour for one topic, over a trailing window, and the last hour a spike fired.
 *
 * @param counts     epoch hour → articles tagged with the topic in that hour
 * @param firstHour  earliest hour ever seen: a spike needs a full baseline of history behind it
 */
public record TopicHours(String topic, SortedMap<Long, Integer> counts, long firstHour, long lastAlertHour) {
    public TopicHours {
        counts = new TreeMap<>(counts);
    }

    static TopicHours start(String topic, long hour) {
        return new TopicHours(topic, new TreeMap<>(), hour, Long.MIN_VALUE / 2);
    }
}

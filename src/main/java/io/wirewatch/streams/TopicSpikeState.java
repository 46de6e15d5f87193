package io.wirewatch.streams;

/**
 * What the spike detector keeps per topic besides the hourly counts: a few numbers, so the common hit (a
 * count in the current hour) reads it and leaves it as it is.
 *
 * @param firstHour     earliest epoch hour ever seen: a spike needs a full baseline of history behind it
 * @param headHour      latest epoch hour counted: only the head is judged, older hours are pruned from it
 * @param lastAlertHour the hour the last spike fired (for the cool-down)
 */
public record TopicSpikeState(String topic, long firstHour, long headHour, long lastAlertHour) {
    static TopicSpikeState start(String topic, long hour) {
        return new TopicSpikeState(topic, hour, hour, Long.MIN_VALUE / 2);
    }
}

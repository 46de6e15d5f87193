package io.wirewatch.streams;

import io.wirewatch.model.Alert;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Counts topic hits per hour and raises spikes ({@link TopicSpikeDetector}). Records arrive keyed by topic
 * (the repartition keeps a topic's hours on one task, where its baseline is); the counts are stored one per
 * topic and hour, keyed {@link #hourKey}, so a hit writes one small number instead of a topic's whole week.
 */
public final class TopicSpikeProcessor implements Processor<String, TopicHit, String, Alert> {
    /** ISO hour in UTC: in key order the hours of a topic are in time order, so a period is one range. */
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final TopicSpikeDetector detector;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Integer> counts;
    private KeyValueStore<String, TopicSpikeState> states;

    TopicSpikeProcessor(TopicSpikeDetector detector) {
        this.detector = detector;
    }

    /** {@code <topic>|<yyyy-MM-ddTHH>} (UTC) of an epoch hour: the key of the hour counts store. */
    public static String hourKey(String topic, long epochHour) {
        return topic + "|" + HOUR.format(Instant.ofEpochSecond(epochHour * 3600));
    }

    /** The start of the hour of an {@link #hourKey}. */
    public static Instant hourOf(String hourKey) {
        return java.time.LocalDateTime.parse(hourKey.substring(hourKey.lastIndexOf('|') + 1) + ":00")
                .toInstant(ZoneOffset.UTC);
    }

    /** The topic of an {@link #hourKey}. */
    public static String topicOf(String hourKey) {
        return hourKey.substring(0, hourKey.lastIndexOf('|'));
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.counts = context.getStateStore(NewsTopology.TOPIC_HOURS_STORE);
        this.states = context.getStateStore(NewsTopology.TOPIC_SPIKE_STATE_STORE);
    }

    @Override
    public void process(Record<String, TopicHit> record) {
        String topic = record.key();
        TopicSpikeState before = states.get(topic);
        Stepped<TopicSpikeState> result = detector.count(before, new StoreHours(topic), topic,
                record.value().published(), record.value().articleId(), record.value().title());
        if (!result.state().equals(before)) {
            states.put(topic, result.state());
        }
        result.alert().ifPresent(alert -> context.forward(record.withKey(alert.id()).withValue(alert)));
    }

    /** One topic's hours in the counts store. */
    private final class StoreHours implements TopicSpikeDetector.HourCounts {
        private final String topic;

        StoreHours(String topic) {
            this.topic = topic;
        }

        @Override
        public int get(long hour) {
            Integer n = counts.get(hourKey(topic, hour));
            return n == null ? 0 : n;
        }

        @Override
        public void put(long hour, int count) {
            counts.put(hourKey(topic, hour), count);
        }

        @Override
        public int sum(long from, long to) {
            if (from >= to) {
                return 0;
            }
            int sum = 0;
            try (KeyValueIterator<String, Integer> it = counts.range(hourKey(topic, from), hourKey(topic, to - 1))) {
                while (it.hasNext()) {
                    Integer n = it.next().value;
                    sum += n == null ? 0 : n;
                }
            }
            return sum;
        }

        @Override
        public void forget(long from, long to) {
            if (from >= to) {
                return;
            }
            List<String> gone = new ArrayList<>();
            try (KeyValueIterator<String, Integer> it = counts.range(hourKey(topic, from), hourKey(topic, to - 1))) {
                while (it.hasNext()) {
                    KeyValue<String, Integer> kv = it.next();
                    gone.add(kv.key);
                }
            }
            gone.forEach(counts::delete);
        }
    }
}

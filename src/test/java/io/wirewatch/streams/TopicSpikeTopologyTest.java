package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Topic spikes through the whole topology, with the hourly counts kept one per topic and hour. */
class TopicSpikeTopologyTest {
    private static final String TOPIC = "drone_strikes";
    private final TopologySettings settings = TopologySettings.defaults();
    private final Instant start = Instant.parse("2025-06-01T00:00:00Z");
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private ObjectNode wire;
    private int serial;

    @BeforeEach
    void start() throws Exception {
        Properties props = TopologyDrivers.properties("wirewatch-spike-test", "target/tmp/ttd-spikes", settings);
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings,
                Analyzer.load(Path.of("config"), ZoneOffset.UTC)), props);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        wire = (ObjectNode) Json.mapper().readTree(Files.readAllLines(Path.of("samples/wires-en.ndjson"),
                StandardCharsets.UTF_8).get(0));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** {@code n} fresh articles (new ids, same drone story) published in the given hour. */
    private void feed(int hour, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            Instant published = start.plus(Duration.ofHours(hour)).plusSeconds(i);
            ObjectNode w = wire.deepCopy();
            w.put("id", "spike-" + serial++);
            w.put("published", published.toString());
            raw.pipeInput(new TestRecord<>("k", Json.mapper().writeValueAsBytes(w), published));
        }
    }

    private List<Alert> spikes() {
        return driver.createOutputTopic(settings.alertsTopic(), new StringDeserializer(), JsonSerdes.ALERT.deserializer())
                .readValuesToList().stream().filter(a -> a.type().equals("topic_spike") && TOPIC.equals(a.topic())).toList();
    }

    private Map<String, Integer> hourCounts() {
        KeyValueStore<String, Integer> store = driver.getKeyValueStore(NewsTopology.TOPIC_HOURS_STORE);
        Map<String, Integer> out = new java.util.TreeMap<>();
        try (KeyValueIterator<String, Integer> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value));
        }
        return out;
    }

    @Test
    void shouldStillFireATopicSpikeWithCountsKeyedByTopicAndHour() throws Exception {
        for (int h = 0; h < 24; h++) {
            feed(h, 1);
        }
        assertThat(spikes()).isEmpty();

        feed(24, 8);

        assertThat(spikes()).singleElement().satisfies(a ->
                assertThat(a.title()).isEqualTo("Spike in " + TOPIC + " at 2025-06-02T00:00:00Z"));
        Map<String, Integer> counts = hourCounts();
        assertThat(counts).containsEntry(TOPIC + "|2025-06-01T00", 1).containsEntry(TOPIC + "|2025-06-02T00", 8);
        assertThat(counts.keySet().stream().filter(k -> k.startsWith(TOPIC + "|"))).hasSize(25);
    }

    @Test
    void shouldForgetHoursThatFallOutOfTheWeekWhenTheHeadMovesOn() throws Exception {
        feed(0, 2);
        feed(1, 1);
        feed(TopicSpikeDetector.VOLUME_HOURS + 1, 1);

        assertThat(hourCounts().keySet().stream().filter(k -> k.startsWith(TOPIC + "|")).toList())
                .as("hour 0 is more than a week behind the head; hour 1 is exactly a week behind and kept")
                .containsExactly(TOPIC + "|2025-06-01T01", TOPIC + "|2025-06-08T01");
        KeyValueStore<String, TopicSpikeState> states = driver.getKeyValueStore(NewsTopology.TOPIC_SPIKE_STATE_STORE);
        assertThat(states.get(TOPIC).firstHour()).isEqualTo(start.getEpochSecond() / 3600);
    }
}

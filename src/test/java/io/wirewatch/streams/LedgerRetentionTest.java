package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ledger retention and the "published in the future" check against the Streams wall clock, which the test
 * driver sets: the outcome is the same whatever day the test runs on.
 */
class LedgerRetentionTest {
    /** The driver's wall clock at start: "now" for retention and for what lies in the future. */
    private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
    private static final String WIRE = "{\"id\":\"%s\",\"published\":\"%s\",\"body\":\"Ukraine's air force said Russia"
            + " launched 40 drones overnight, 31 of which were shot down.\"}";

    private final TopologySettings settings = TopologySettings.from(Map.of("wirewatch.ledger.retention", "P1Y"));
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;

    @BeforeEach
    void start() throws Exception {
        Properties props = TopologyDrivers.properties("retention-test", TestDirs.newDir("ttd-retention").toString(),
                settings);
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings, analyzer), props, NOW);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, Instant published) {
        raw.pipeInput(id, String.format(WIRE, id, published).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCountAnOldBackfillAndPurgeItOnlyOnceItLeavesTheRetention() {
        TestOutputTopic<String, DailyDroneCount> daily = driver.createOutputTopic(settings.dailyTopic(),
                new StringDeserializer(), JsonSerdes.DAILY.deserializer());
        Instant recent = NOW.minus(Duration.ofDays(3));
        send("old", Instant.parse("2020-03-01T06:00:00Z"));
        send("new", recent);
        KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
        String oldKey = "ua-air-force|2020-03-01";
        String newKey = "ua-air-force|" + LocalDate.of(2024, 6, 12);
        assertThat(store.get(oldKey).destroyed()).as("a backfill is counted first").isEqualTo(31);
        daily.readKeyValuesToList();

        driver.advanceWallClockTime(DailyLedgerProcessor.PURGE_INTERVAL);

        assertThat(store.get(oldKey)).isNull();
        assertThat(store.get(newKey).launched()).isEqualTo(40);
        var tombstones = daily.readKeyValuesToList();
        assertThat(tombstones).hasSize(1);
        assertThat(tombstones.get(0).key).isEqualTo(oldKey);
        assertThat(tombstones.get(0).value).isNull();
    }

    @Test
    void shouldJudgeTheFutureByTheStreamsWallClock() {
        TestOutputTopic<String, byte[]> tagged = driver.createOutputTopic(settings.taggedTopic(),
                new StringDeserializer(), new ByteArrayDeserializer());
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(settings.dlqTopic(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());

        send("within-skew", NOW.plus(AnalyzeProcessor.MAX_FUTURE_SKEW).minus(Duration.ofHours(1)));
        send("beyond-skew", NOW.plus(AnalyzeProcessor.MAX_FUTURE_SKEW).plus(Duration.ofHours(1)));

        assertThat(tagged.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("within-skew");
        var dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader(DeadLetterHandler.REASON).value(),
                StandardCharsets.UTF_8)).contains("in the future");
    }
}

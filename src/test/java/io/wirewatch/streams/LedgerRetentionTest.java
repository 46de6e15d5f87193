package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.DailyDroneCount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class LedgerRetentionTest {
    private static final String WIRE = "{\"id\":\"%s\",\"published\":\"%s\",\"body\":\"Ukraine's air force said Russia"
            + " launched 40 drones overnight, 31 of which were shot down.\"}";

    @Test
    void shouldCountAnOldBackfillAndPurgeItOnlyOnceItLeavesTheRetention() throws Exception {
        TopologySettings settings = TopologySettings.from(Map.of("wirewatch.ledger.retention", "P1Y"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "retention-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, "target/ttd-retention");
        props.putAll(NewsTopology.requiredConfig(settings));
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewsTopology.build(new StreamsBuilder(), settings, analyzer), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, DailyDroneCount> daily = driver.createOutputTopic(settings.dailyTopic(),
                    new StringDeserializer(), JsonSerdes.DAILY.deserializer());
            Instant recent = Instant.now().minus(Duration.ofDays(3));
            raw.pipeInput("k1", String.format(WIRE, "old", "2020-03-01T06:00:00Z").getBytes(StandardCharsets.UTF_8));
            raw.pipeInput("k2", String.format(WIRE, "new", recent).getBytes(StandardCharsets.UTF_8));
            KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
            String oldKey = "ua-air-force|2020-03-01";
            String newKey = "ua-air-force|" + recent.atZone(ZoneOffset.UTC).toLocalDate();
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
    }
}

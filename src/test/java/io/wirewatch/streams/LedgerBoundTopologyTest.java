package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Json;
import io.wirewatch.model.LedgerClaim;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A widely syndicated claim: bounded lists in the ledger, every copy counted once, redeliveries still known. */
class LedgerBoundTopologyTest {
    private static final int COPIES = 500;
    private static final int OUTLETS = 50;
    private final TopologySettings settings = TopologySettings.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, DailyDroneCount> daily;
    private ObjectNode wire;

    @BeforeEach
    void start() throws Exception {
        Properties props = TopologyDrivers.properties("wirewatch-bound-test", "target/tmp/ttd-bound", settings);
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings,
                Analyzer.load(Path.of("config"), ZoneOffset.UTC)), props);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        daily = driver.createOutputTopic(settings.dailyTopic(), new StringDeserializer(), JsonSerdes.DAILY.deserializer());
        // Ukraine's air force: 78 of 83 drones shot down; Russia's ministry: 99, with two regional figures.
        wire = (ObjectNode) Json.mapper().readTree(Files.readAllLines(Path.of("samples/wires-en.ndjson"),
                StandardCharsets.UTF_8).get(0));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void copy(int i) throws Exception {
        ObjectNode w = wire.deepCopy();
        w.put("id", "copy-" + i);
        w.put("source", "outlet-" + i % OUTLETS);
        Instant published = Instant.parse("2024-09-13T12:40:00Z").plusSeconds(i);
        w.put("published", published.toString());
        raw.pipeInput(new TestRecord<>("k", Json.mapper().writeValueAsBytes(w), published));
    }

    private DailyDroneCount ledger(String claimant) {
        KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
        return store.get(claimant + "|2024-09-13");
    }

    @Test
    void shouldKeepABoundedListAndCountEveryOneOfFiveHundredCopies() throws Exception {
        for (int i = 0; i < COPIES; i++) {
            copy(i);
        }

        DailyDroneCount ua = ledger("ua-air-force");
        assertThat(ua.launched()).isEqualTo(83);
        assertThat(ua.destroyed()).isEqualTo(78);
        LedgerClaim claim = ua.claims().get(0);
        assertThat(ua.claims()).hasSize(1);
        assertThat(claim.articleIds()).hasSize(LedgerClaim.ARTICLE_IDS_KEPT).startsWith("copy-0", "copy-1");
        assertThat(claim.articleCount()).isEqualTo(COPIES);
        assertThat(claim.sources()).hasSize(LedgerClaim.SOURCES_KEPT);
        assertThat(claim.sourceCount()).isEqualTo(OUTLETS);
        assertThat(ua.articles()).isEqualTo(COPIES);
        assertThat(ua.sources()).isEqualTo(OUTLETS);
        DailyDroneCount ru = ledger("ru-mod");
        assertThat(ru.destroyed()).isEqualTo(99);
        assertThat(ru.articles()).as("regional figures come from the same copies").isEqualTo(COPIES);
    }

    @Test
    void shouldRecogniseARedeliveredCopyThatIsNoLongerListed() throws Exception {
        for (int i = 0; i < 60; i++) {
            copy(i);
        }
        DailyDroneCount before = ledger("ua-air-force");
        assertThat(before.claims().get(0).articleIds()).doesNotContain("copy-45");
        daily.readValuesToList();

        copy(45);

        assertThat(ledger("ua-air-force")).isEqualTo(before);
        assertThat(daily.readValuesToList()).as("nothing changed, nothing emitted").isEmpty();
        assertThat(before.claims().get(0).articleCount()).isEqualTo(60);
    }
}

package io.wirewatch.streams.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.streams.NewsTopology;
import io.wirewatch.streams.TopologySettings;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The per-stage profile through the same install path as the runner: the topology still does its work, and
 * analysis, serdes, stores and DSL processors all show up as stages with calls. No CPU figure is asserted.
 */
class StageProfileTest {
    @Test
    void shouldChargeAnalysisSerdesStoresAndProcessorsWithoutChangingTheOutput() throws Exception {
        TopologySettings settings = TopologySettings.defaults();
        Properties props = TopologyDrivers.properties("wirewatch-profile-test", "target/tmp/ttd-profile", settings);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        try (TopologyTestDriver driver = new TopologyTestDriver(NewsTopology.build(StageProfile.install(props), settings,
                Analyzer.load(Path.of("config"), ZoneOffset.UTC)), props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(),
                    new ByteArraySerializer());
            List<String> wires = Files.readAllLines(Path.of("samples/wires-en.ndjson"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            String writeTagged = "serde EnrichedArticle write " + settings.taggedTopic();
            long writesBefore = calls(meters, writeTagged);
            long readsBefore = readCalls(meters);
            for (String w : wires) {
                raw.pipeInput(new TestRecord<>("k", w.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-09-13T12:00:00Z")));
            }
            long readsByTopology = readCalls(meters) - readsBefore;
            List<EnrichedArticle> tagged = driver.createOutputTopic(settings.taggedTopic(), new StringDeserializer(),
                    JsonSerdes.ARTICLE.deserializer()).readValuesToList();
            assertThat(tagged).hasSize(wires.size());

            Set<String> ran = meters.find("wirewatch.stage.calls").functionCounters().stream()
                    .filter(c -> c.count() > 0).map(c -> c.getId().getTag("stage")).collect(Collectors.toSet());
            assertThat(ran).contains("analysis", "processor analyze", "processor daily-ledger", "processor topic-hits",
                    "store " + NewsTopology.DAILY_STORE + " get", "store " + NewsTopology.DAILY_STORE + " put",
                    "serde EnrichedArticle write " + settings.taggedTopic());
            assertThat(calls(meters, writeTagged) - writesBefore).as("each article serialised once, for news.tagged")
                    .isEqualTo(wires.size());
            assertThat(readsByTopology).as("and never read back by the topology").isZero();
            FunctionCounter analysis = meters.find("wirewatch.stage.cpu").tag("stage", "analysis").functionCounter();
            assertThat(analysis.count()).isPositive();
        } finally {
            Metrics.removeRegistry(meters);
        }
    }

    private static long readCalls(SimpleMeterRegistry meters) {
        return meters.find("wirewatch.stage.calls").functionCounters().stream()
                .filter(c -> c.getId().getTag("stage").startsWith("serde EnrichedArticle read"))
                .mapToLong(c -> (long) c.count()).sum();
    }

    private static long calls(SimpleMeterRegistry meters, String stage) {
        FunctionCounter c = meters.find("wirewatch.stage.calls").tag("stage", stage).functionCounter();
        return c == null ? 0 : (long) c.count();
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsTopologyTest {
    private final TopologySettings settings = TopologySettings.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> tagged;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() throws Exception {
        Analyzer analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, "target/tmp/ttd-state");
        props.putAll(NewsTopology.requiredConfig(settings));
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), settings, analyzer), props);
        raw = driver.createInputTopic(settings.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        tagged = driver.createOutputTopic(settings.taggedTopic(), new StringDeserializer(),
                JsonSerdes.ARTICLE.deserializer());
        dlq = driver.createOutputTopic(settings.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String key, String json, Instant timestamp) {
        raw.pipeInput(new TestRecord<>(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), timestamp));
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldKeyTaggedArticlesByTheirIdAndStampThemWithTheirPublishedTime() {
        send("whatever", "{\"id\":\"a1\",\"source\":\"wire\",\"published\":\"2024-09-13T08:30:00Z\","
                + "\"title\":\"Talks\",\"body\":\"Ministers met.\"}", Instant.parse("2026-01-01T00:00:00Z"));

        TestRecord<String, EnrichedArticle> out = tagged.readRecord();
        assertThat(out.key()).isEqualTo("a1");
        assertThat(out.getRecordTime()).isEqualTo(Instant.parse("2024-09-13T08:30:00Z"));
        assertThat(out.value().body()).isEqualTo("Ministers met.");
    }

    @Test
    void shouldDeadLetterMalformedJsonWithItsReasonAndKeepProcessing() {
        send("k1", "{\"id\": \"broken\", \"body\": ", Instant.parse("2024-09-13T08:30:00Z"));
        send("k2", "{\"id\":\"a2\",\"body\":\"fine\"}", Instant.parse("2024-09-13T08:31:00Z"));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"broken\", \"body\": ");
        assertThat(header(dead, DeadLetterHandler.REASON)).isNotBlank();
        assertThat(header(dead, DeadLetterHandler.TOPIC)).isEqualTo(settings.rawTopic());
        assertThat(header(dead, DeadLetterHandler.OFFSET)).isEqualTo("0");
        assertThat(tagged.readRecord().key()).isEqualTo("a2");
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAnEmptyValue() {
        send("k1", null, Instant.parse("2024-09-13T08:30:00Z"));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(header(dead, DeadLetterHandler.REASON)).contains("empty");
        assertThat(tagged.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterABodyOverTheSizeLimit() {
        String body = "x".repeat(settings.maxBodyChars() + 1);
        send("k1", "{\"id\":\"big\",\"body\":\"" + body + "\"}", Instant.parse("2024-09-13T08:30:00Z"));

        assertThat(header(dlq.readRecord(), DeadLetterHandler.REASON)).contains("max.body.chars");
    }
}

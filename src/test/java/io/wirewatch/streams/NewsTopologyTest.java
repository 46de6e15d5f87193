package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Json;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.file.Files;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
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
        Properties props = TopologyDrivers.properties("wirewatch-test", "target/tmp/ttd-state", settings);
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

    private static String sample(String id) throws Exception {
        for (String file : List.of("samples/wires-ar.ndjson", "samples/wires-en.ndjson")) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && Json.mapper().readTree(line).path("id").asText().equals(id)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no sample " + id);
    }

    @Test
    void shouldCountASyndicatedClaimOnceInTheDailyLedger() throws Exception {
        Instant t = Instant.parse("2024-09-13T12:00:00Z");
        send("k1", sample("ar-20240913-shoigu-kim-drones"), t);
        send("k2", sample("en-20240913-syndicated-overnight-drones"), t);
        send("k1", sample("ar-20240913-shoigu-kim-drones"), t);

        KeyValueStore<String, DailyDroneCount> store = driver.getKeyValueStore(NewsTopology.DAILY_STORE);
        DailyDroneCount ua = store.get("ua-air-force|2024-09-13");
        DailyDroneCount ru = store.get("ru-mod|2024-09-13");
        assertThat(ua.launched()).isEqualTo(83);
        assertThat(ua.destroyed()).isEqualTo(78);
        assertThat(ua.articles()).isEqualTo(2);
        assertThat(ru.destroyed()).isEqualTo(99);
        assertThat(ru.regions()).isNotEmpty();
    }

    @Test
    void shouldRaiseOneMassAttackAlertHoweverOftenTheClaimArrives() throws Exception {
        TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(settings.alertsTopic(),
                new StringDeserializer(), JsonSerdes.ALERT.deserializer());
        String wire = sample("ar-20240915-rumod-mass-attack");
        send("k1", wire, Instant.parse("2024-09-15T06:00:00Z"));
        send("k1", wire, Instant.parse("2024-09-15T06:00:00Z"));

        List<Alert> mass = alerts.readValuesToList().stream()
                .filter(a -> a.type().equals("mass_drone_attack") && "ru-mod".equals(a.claimant())).toList();
        assertThat(mass).hasSize(1);
        assertThat(mass.get(0).evidence()).isNotEmpty();
        assertThat(mass.get(0).articleIds()).containsExactly("ar-20240915-rumod-mass-attack");
    }

    @Test
    void shouldRaiseANavalIncidentForAShipHitAndNoneForAnExercise() throws Exception {
        TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(settings.alertsTopic(),
                new StringDeserializer(), JsonSerdes.ALERT.deserializer());
        send("k1", sample("ar-20240913-shoigu-kim-drones"), Instant.parse("2024-09-13T12:00:00Z"));
        send("k2", sample("en-20240916-black-sea-cargo-sea-drone"), Instant.parse("2024-09-16T12:00:00Z"));

        List<Alert> naval = alerts.readValuesToList().stream().filter(a -> a.type().equals("naval_incident")).toList();
        assertThat(naval).extracting(a -> a.articleIds().get(0)).containsExactly("en-20240916-black-sea-cargo-sea-drone");
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

    /** Serialised once: the articles table holds news.tagged's own bytes, not a re-serialised copy. */
    @Test
    void shouldKeepTheTaggedRecordsBytesInTheArticlesStore() throws Exception {
        send("k1", sample("en-20240913-syndicated-overnight-drones"), Instant.parse("2024-09-13T12:00:00Z"));

        TestRecord<String, byte[]> out = driver.createOutputTopic(settings.taggedTopic(), new StringDeserializer(),
                new ByteArrayDeserializer()).readRecord();
        KeyValueStore<String, byte[]> articles = driver.getKeyValueStore(NewsTopology.ARTICLES_STORE);
        assertThat(articles.get(out.key())).isEqualTo(out.value());
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
        assertThat(header(dead, DeadLetterHandler.REASON)).contains("null value");
        assertThat(tagged.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterABodyOverTheSizeLimit() {
        String body = "x".repeat(settings.maxBodyChars() + 1);
        send("k1", "{\"id\":\"big\",\"body\":\"" + body + "\"}", Instant.parse("2024-09-13T08:30:00Z"));

        assertThat(header(dlq.readRecord(), DeadLetterHandler.REASON)).contains("body exceeds");
    }

    @Test
    void shouldDeadLetterAWireOverTheProducersMaxRequestSizeWithoutItsValue() {
        String body = "x".repeat(1_500_000);
        send("k1", "{\"id\":\"big\",\"body\":\"" + body + "\"}", Instant.parse("2024-09-13T08:30:00Z"));
        send("k2", "{\"id\":\"a2\",\"body\":\"fine\"}", Instant.parse("2024-09-13T08:31:00Z"));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(dead.value()).as("over the default max.request.size of 1 MB").isNull();
        assertThat(header(dead, DeadLetterHandler.REASON)).contains("body exceeds");
        assertThat(header(dead, DeadLetterHandler.VALUE_OMITTED)).startsWith((body.length() + 22) + " bytes");
        assertThat(tagged.readRecord().key()).isEqualTo("a2");
    }
}

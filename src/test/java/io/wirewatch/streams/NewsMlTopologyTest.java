package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.DroneClaim;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.TopicTag;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A NewsML-G2 newsMessage on news.raw: one enriched article per text item, each under its own id. */
class NewsMlTopologyTest {
    private static final TopologySettings SETTINGS = TopologySettings.defaults();
    private static final Instant RECORD_TIME = Instant.parse("2024-09-20T10:00:00Z");
    private static Analyzer analyzer;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> tagged;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeAll
    static void loadAnalyzer() throws Exception {
        analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
    }

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), SETTINGS, analyzer),
                TopologyDrivers.properties("wirewatch-newsml", TestDirs.newDir("ttd-newsml").toString(), SETTINGS));
        raw = driver.createInputTopic(SETTINGS.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        tagged = driver.createOutputTopic(SETTINGS.taggedTopic(), new StringDeserializer(),
                JsonSerdes.ARTICLE.deserializer());
        dlq = driver.createOutputTopic(SETTINGS.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static String message() throws Exception {
        return Files.readString(Path.of("src/test/resources/xml/newsml-message-mixed.xml"), StandardCharsets.UTF_8);
    }

    private void send(String xml) {
        raw.pipeInput(new TestRecord<>("transmission-7", xml.getBytes(StandardCharsets.UTF_8), RECORD_TIME));
    }

    @Test
    void shouldEmitOneEnrichedArticlePerTextItemKeyedByItsOwnId() throws Exception {
        send(message());

        List<TestRecord<String, EnrichedArticle>> out = tagged.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly(
                "urn:newsml:capital-wire.example:20240914:airforce-64@1",
                "urn:newsml:capital-wire.example:20240918:istanbul-talks");
        assertThat(out).allSatisfy(r -> assertThat(r.value().id()).isEqualTo(r.key()));
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldStampEachArticleWithItsOwnPublishedTime() throws Exception {
        send(message());

        assertThat(tagged.readRecordsToList()).extracting(TestRecord::getRecordTime).containsExactly(
                Instant.parse("2024-09-14T07:05:00Z"), Instant.parse("2024-09-18T08:00:00Z"));
    }

    @Test
    void shouldAnalyseEachItemOnItsOwn() throws Exception {
        send(message());

        List<EnrichedArticle> out = tagged.readValuesToList();
        DroneClaim claim = out.get(0).claims().stream().filter(c -> c.claimant().equals("ua-air-force"))
                .findFirst().orElseThrow();
        assertThat(claim.launched()).isEqualTo(64);
        assertThat(claim.destroyed()).isEqualTo(57);
        assertThat(out.get(1).claims()).isEmpty();
        assertThat(out.get(1).topics()).extracting(TopicTag::topic).contains("diplomacy");
        assertThat(driver.<String, Object>getKeyValueStore(NewsTopology.DAILY_STORE).get("ua-air-force|2024-09-14"))
                .isNotNull();
    }

    @Test
    void shouldDeadLetterTheWholeMessageWhenOneItemLiesInTheFuture() throws Exception {
        send(message().replace("2024-09-18T11:00:00+03:00", "2999-01-01T00:00:00Z"));

        assertThat(tagged.isEmpty()).as("no item of a refused message in news.tagged").isTrue();
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        Header reason = dead.get(0).headers().lastHeader(DeadLetterHandler.REASON);
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("lies in the future")
                .contains("istanbul-talks");
    }
}

package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.model.Evidence;
import io.wirewatch.model.TopicTag;
import io.wirewatch.testing.BadInputCases;
import io.wirewatch.testing.BadInputCases.Case;
import io.wirewatch.testing.BadInputCases.Outcome;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.TopologyDrivers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every hostile or odd wire of {@link BadInputCases} ends in exactly one of {@code news.tagged} or
 * {@code news.dlq} (with a reason), on the production topology, and a good wire after them still comes through.
 */
class BadInputAccountingTest {
    private static final TopologySettings SETTINGS = TopologySettings.defaults();
    /** Read-only once loaded (rules and lexicons), so one for all tests; everything a test feeds is its own. */
    private static Analyzer analyzer;

    private TopologyTestDriver driver;
    private final List<String> mismatches = new ArrayList<>();
    private final List<TestRecord<String, EnrichedArticle>> taggedRecords = new ArrayList<>();
    private final List<TestRecord<byte[], byte[]>> deadRecords = new ArrayList<>();
    private int fed;

    @BeforeAll
    static void loadAnalyzer() throws Exception {
        analyzer = Analyzer.load(Path.of("config"), ZoneOffset.UTC);
    }

    /** Each test feeds the whole batch through its own driver and state directory. */
    @BeforeEach
    void feedTheBatch() {
        Properties props = TopologyDrivers.properties("wirewatch-bad-input",
                TestDirs.newDir("ttd-bad-input").toString(), SETTINGS);
        // Room to dead-letter the 5 MB wire whole, as BadInputIT configures the real service.
        props.put(StreamsConfig.producerPrefix("max.request.size"), String.valueOf(8 * 1024 * 1024));
        driver = new TopologyTestDriver(NewsTopology.build(new StreamsBuilder(), SETTINGS, analyzer), props);
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(SETTINGS.rawTopic(), new StringSerializer(),
                new ByteArraySerializer());
        TestOutputTopic<String, EnrichedArticle> tagged = driver.createOutputTopic(SETTINGS.taggedTopic(),
                new StringDeserializer(), JsonSerdes.ARTICLE.deserializer());
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(SETTINGS.dlqTopic(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());

        List<Case> cases = new ArrayList<>(BadInputCases.all());
        cases.add(BadInputCases.goodAfterBatch());
        for (Case c : cases) {
            raw.pipeInput(new TestRecord<>(c.key(), c.value(), BadInputCases.RECORD_TIME));
            fed++;
            List<TestRecord<String, EnrichedArticle>> out = tagged.readRecordsToList();
            List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
            taggedRecords.addAll(out);
            deadRecords.addAll(dead);
            check(c, out, dead);
        }
    }

    @AfterEach
    void close() {
        driver.close();
    }

    /** One case, one record, in the right place. */
    private void check(Case c, List<TestRecord<String, EnrichedArticle>> out,
                              List<TestRecord<byte[], byte[]>> dead) {
        if (out.size() + dead.size() != 1) {
            mismatches.add(c + ": " + out.size() + " tagged + " + dead.size() + " dead-lettered, expected one");
            return;
        }
        if (c.outcome() == Outcome.DLQ) {
            if (dead.isEmpty()) {
                mismatches.add(c + ": tagged, expected the DLQ");
                return;
            }
            String reason = header(dead.get(0), DeadLetterHandler.REASON);
            if (reason == null || reason.isBlank() || !reason.contains(c.reasonContains())) {
                mismatches.add(c + ": reason '" + reason + "' lacks '" + c.reasonContains() + "'");
            }
        } else {
            if (out.isEmpty()) {
                mismatches.add(c + ": dead-lettered (" + header(dead.get(0), DeadLetterHandler.REASON)
                        + "), expected news.tagged");
                return;
            }
            TestRecord<String, EnrichedArticle> r = out.get(0);
            if (!c.id().equals(r.key())) {
                mismatches.add(c + ": key " + r.key() + ", expected " + c.id());
            }
            if (!r.getRecordTime().atZone(ZoneOffset.UTC).toLocalDate().equals(c.day())) {
                mismatches.add(c + ": event time " + r.getRecordTime() + ", expected day " + c.day());
            }
        }
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private EnrichedArticle taggedById(String id) {
        return taggedRecords.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
    }

    @Test
    void shouldAccountForEveryRecordInTaggedOrDlq() {
        List<Case> cases = BadInputCases.all();
        assertThat(mismatches).as("cases that did not end where expected").isEmpty();
        assertThat(taggedRecords.size() + deadRecords.size()).isEqualTo(fed);
        assertThat(deadRecords).hasSize((int) BadInputCases.count(cases, Outcome.DLQ));
        assertThat(taggedRecords).hasSize((int) BadInputCases.count(cases, Outcome.TAGGED) + 1);
    }

    @Test
    void shouldGiveEveryDeadLetterAReasonAndTheOriginalBytes() {
        assertThat(deadRecords).allSatisfy(r -> {
            assertThat(header(r, DeadLetterHandler.REASON)).isNotBlank();
            assertThat(header(r, DeadLetterHandler.TOPIC)).isEqualTo(SETTINGS.rawTopic());
            assertThat(header(r, DeadLetterHandler.OFFSET)).isNotBlank();
        });
        List<Case> dlqCases = BadInputCases.all().stream().filter(c -> c.outcome() == Outcome.DLQ).toList();
        for (int i = 0; i < dlqCases.size(); i++) {
            byte[] expected = dlqCases.get(i).value();
            assertThat(deadRecords.get(i).value()).as(dlqCases.get(i).name())
                    .isEqualTo(expected == null ? null : expected);
        }
    }

    @Test
    void shouldReadNothingAnXmlAttackPointsAt() {
        assertThat(taggedRecords).noneSatisfy(r -> assertThat(r.value().body())
                .contains(BadInputCases.XXE_TARGET_CONTENT));
        assertThat(deadRecords).allSatisfy(r -> assertThat(header(r, DeadLetterHandler.REASON))
                .doesNotContain(BadInputCases.XXE_TARGET_CONTENT));
    }

    @Test
    void shouldKeepTheGoodRecordAfterTheBatch() {
        assertThat(taggedById("good-after").topics()).extracting(TopicTag::topic).contains("drone_strikes");
    }

    @Test
    void shouldQuoteEvidenceFromTheOriginalTextOfEveryTaggedArticle() {
        assertThat(taggedRecords).allSatisfy(r -> {
            EnrichedArticle a = r.value();
            String text = new Article(a.id(), a.source(), a.published(), a.language(), a.title(), a.body(), a.url())
                    .text();
            a.topics().forEach(t -> t.evidence().forEach(e -> assertEvidence(text, e)));
            a.claims().forEach(cl -> assertEvidence(text, cl.evidence()));
        });
    }

    @Test
    void shouldAnalyseHtmlWithoutTagsButQuoteTheWireAsReceived() {
        EnrichedArticle a = taggedById("html-1");
        assertThat(a.body()).startsWith("<div class=\"x\"><p>Air defences <b>shot down</b>");
        assertThat(a.topics()).extracting(TopicTag::topic).contains("drone_strikes");
        String text = a.title() + Article.TITLE_SEPARATOR + a.body();
        List<Evidence> evidence = a.topics().stream().flatMap(t -> t.evidence().stream()).toList();
        assertThat(evidence).isNotEmpty().allSatisfy(e -> {
            assertEvidence(text, e);
            assertThat(e.text()).doesNotContain("<", ">", "var drones");
        });
        assertThat(evidence).extracting(Evidence::text).contains("shot down");
    }

    @Test
    void shouldTagRightToLeftAndMixedScriptWires() {
        assertThat(taggedById("rtl-1").topics()).extracting(TopicTag::topic).contains("drone_strikes");
        EnrichedArticle mixed = taggedById("mix-1");
        assertThat(mixed.topics()).extracting(TopicTag::topic).contains("drone_strikes");
        assertThat(mixed.claims()).isNotEmpty();
    }

    private static void assertEvidence(String text, Evidence e) {
        assertThat(e.start()).isBetween(0, e.end());
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(e.text()).isEqualTo(text.substring(e.start(), e.end()));
    }
}

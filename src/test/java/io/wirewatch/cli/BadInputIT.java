package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.model.EnrichedArticle;
import io.wirewatch.streams.DeadLetterHandler;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.testing.BadInputCases;
import io.wirewatch.testing.BadInputCases.Case;
import io.wirewatch.testing.BadInputCases.Outcome;
import io.wirewatch.testing.TestDirs;
import io.wirewatch.testing.XmlAttacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@link BadInputCases} batch through a real broker and the service as {@code run} wires it: every
 * record ends in {@code news.tagged} or {@code news.dlq} (with a reason), read back {@code read_committed};
 * the service is still RUNNING and processes a good wire after the batch.
 *
 * <p>The 5 MB wire needs room on its way: {@code max.message.bytes} on {@code news.raw} and {@code news.dlq}
 * (topic level; the broker default is 1 MB), {@code max.request.size} on the producer that feeds it and on the
 * Streams producer ({@code producer.max.request.size}) that copies it to the dead-letter topic.
 */
class BadInputIT {
    /** Room for the 5 MB wire plus framing. */
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String APPLICATION_ID = "wirewatch-bad-input-it";
    private static final int RAW_PARTITIONS = 4;

    private static EmbeddedKafkaBroker broker;
    private static Service service;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(TestDirs.newDir("bad-input-broker")).build().start();
        try (Admin admin = Admin.create(broker.clientProperties())) {
            Map<String, String> big = Map.of("max.message.bytes", String.valueOf(MAX_BYTES));
            admin.createTopics(List.of(new NewTopic("news.raw", RAW_PARTITIONS, (short) 1).configs(big),
                    new NewTopic("news.dlq", 4, (short) 1).configs(big))).all().get();
        }
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", broker.bootstrapServers());
        flags.put("application.id", APPLICATION_ID);
        flags.put("state.dir", TestDirs.newDir("bad-input-state").toString());
        flags.put("producer.max.request.size", String.valueOf(MAX_BYTES));
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put("commit.interval.ms", "200");
        service = Service.start(AppConfig.load(Path.of("config"), Map.of(), flags), null);
        assertThat(service.runner().awaitRunning(Duration.ofSeconds(90))).as("Kafka Streams reached RUNNING").isTrue();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static void produce(List<Case> cases) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_BYTES);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (Case c : cases) {
                producer.send(new ProducerRecord<>("news.raw", null, BadInputCases.RECORD_TIME.toEpochMilli(), c.key(),
                        c.value())).get();
            }
        }
    }

    private static KafkaConsumer<String, byte[]> committedReader(String topic) {
        return ItSupport.committedReader(broker.bootstrapServers(), "bad-input-reader-" + topic, topic);
    }

    /** Assigned every partition and positioned at its end (read_committed: the last stable offset). */
    private static boolean readToTheEnd(KafkaConsumer<String, byte[]> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        String topic = consumer.subscription().iterator().next();
        if (assigned.size() != consumer.partitionsFor(topic).size()) {
            return false;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        return assigned.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * {@code feed} given an XXE or a billion-laughs file stops with a message naming the file and sends nothing:
     * news.raw's end offsets do not move (the other test's counts are untouched, whichever runs first).
     */
    @Test
    void shouldFailFeedNamingTheFileOfAnXmlAttackAndSendNothing() throws Exception {
        Path dir = TestDirs.newDir("bad-input-feed");
        Path xxe = Files.writeString(dir.resolve("xxe.rss"),
                XmlAttacks.externalEntity("rss", BadInputCases.XXE_TARGET));
        Path laughs = Files.writeString(dir.resolve("laughs.xml"), XmlAttacks.billionLaughs("newsMessage"));
        try (Admin admin = Admin.create(broker.clientProperties())) {
            Map<TopicPartition, Long> before = ItSupport.endOffsets(admin, "news.raw");
            for (Path attack : List.of(xxe, laughs)) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                CommandLine cli = new CommandLine(new io.wirewatch.Main());
                FeedCommand feed = cli.getSubcommands().get("feed").getCommand();
                feed.err = new PrintStream(err, true, StandardCharsets.UTF_8);

                int code = cli.execute("--config", "config", "feed", "--bootstrap-servers", broker.bootstrapServers(),
                        attack.toString());

                String stderr = err.toString(StandardCharsets.UTF_8);
                assertThat(code).as("exit code; stderr:%n%s", stderr).isEqualTo(1);
                assertThat(stderr).contains("feed: sent 0 to news.raw")
                        .contains("feed: failed: " + attack + ": DTD not allowed")
                        .doesNotContain(BadInputCases.XXE_TARGET_CONTENT);
            }
            assertThat(ItSupport.endOffsets(admin, "news.raw")).as("news.raw end offsets").isEqualTo(before);
        }
        assertThat(service.runner().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    void shouldAccountForEveryRecordAndKeepRunning() throws Exception {
        List<Case> cases = BadInputCases.all();
        long expectedDlq = BadInputCases.count(cases, Outcome.DLQ);
        long expectedTagged = BadInputCases.count(cases, Outcome.TAGGED);
        Case good = BadInputCases.goodAfterBatch();
        long t0 = System.nanoTime();
        produce(cases);

        List<ConsumerRecord<String, byte[]>> tagged = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> taggedReader = committedReader("news.tagged");
             KafkaConsumer<String, byte[]> dlqReader = committedReader("news.dlq")) {
            Runnable poll = () -> {
                taggedReader.poll(Duration.ofMillis(100)).forEach(tagged::add);
                dlqReader.poll(Duration.ofMillis(100)).forEach(dead::add);
            };
            await("all " + cases.size() + " records in news.tagged or news.dlq").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        poll.run();
                        return tagged.size() + dead.size() >= cases.size();
                    });
            System.out.printf("BadInputIT: batch of %d accounted for in %d ms%n", cases.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            assertThat(service.runner().state()).as("streams state after the batch").isEqualTo(KafkaStreams.State.RUNNING);

            produce(List.of(good));
            await("the good wire after the batch in news.tagged").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        poll.run();
                        return tagged.stream().anyMatch(r -> good.id().equals(r.key()));
                    });
            // Nothing may arrive twice. Once the service has committed its input to the end of news.raw, every
            // output of that input is committed too (one transaction under exactly-once v2): read both output
            // topics to their last committed offset, and the counts below are final.
            try (Admin admin = Admin.create(broker.clientProperties())) {
                await("the service's committed offsets at the end of news.raw").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> ItSupport.committedToTheEnd(admin, APPLICATION_ID, "news.raw"));
            }
            await("news.tagged and news.dlq read to their last committed offset").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        poll.run();
                        return readToTheEnd(taggedReader) && readToTheEnd(dlqReader);
                    });
        }

        System.out.printf("BadInputIT: fed %d, tagged %d, dlq %d%n", cases.size() + 1, tagged.size(), dead.size());
        assertThat(tagged.size() + dead.size()).as("tagged + dlq == fed").isEqualTo(cases.size() + 1);
        assertThat(dead).hasSize((int) expectedDlq);
        assertThat(tagged).hasSize((int) expectedTagged + 1);

        for (Case c : cases) {
            if (c.outcome() == Outcome.TAGGED) {
                ConsumerRecord<String, byte[]> r = tagged.stream().filter(x -> c.id().equals(x.key())).findFirst()
                        .orElseThrow(() -> new AssertionError(c + ": not in news.tagged"));
                EnrichedArticle a = JsonSerdes.ARTICLE.deserializer().deserialize("news.tagged", r.value());
                assertThat(a.id()).isEqualTo(c.id());
                assertThat(java.time.Instant.ofEpochMilli(r.timestamp()).atZone(ZoneOffset.UTC).toLocalDate())
                        .as(c + ": day of the record's event time").isEqualTo(c.day());
            } else {
                List<ConsumerRecord<String, byte[]>> matches = dead.stream()
                        .filter(x -> Arrays.equals(x.value(), c.value())).toList();
                assertThat(matches).as(c + ": original bytes in news.dlq").hasSize(1);
                assertThat(header(matches.get(0), DeadLetterHandler.REASON)).as(c + ": reason")
                        .isNotBlank().contains(c.reasonContains());
            }
        }
        assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetterHandler.REASON)).isNotBlank()
                .doesNotContain(BadInputCases.XXE_TARGET_CONTENT));
        // The XXE case names a local file: nothing of it may reach any output.
        assertThat(tagged).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .doesNotContain(BadInputCases.XXE_TARGET_CONTENT));

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + service.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(service.runner().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
}

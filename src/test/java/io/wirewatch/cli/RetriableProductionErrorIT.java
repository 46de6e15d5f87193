package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.streams.DeadLetterHandler;
import io.wirewatch.streams.StreamsRunner;
import io.wirewatch.streams.TopologySettings;
import io.wirewatch.testing.JoiningBroker;
import io.wirewatch.testing.TestDirs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.internals.Sender;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A broker's bad minute is not bad input. Two real brokers; {@code news.tagged} is replicated to both and
 * needs both in sync ({@code min.insync.replicas=2}), every other topic needs one. With the second broker
 * stopped, the leader refuses writes to {@code news.tagged} with the retriable {@code NOT_ENOUGH_REPLICAS}; the
 * service, as {@code run} wires it, retries the wire until the broker is back: the wire reaches
 * {@code news.tagged} and nothing is ever written to {@code news.dlq}.
 *
 * <p>Two ways a refusal is retried, one test each. Under exactly-once (the default) Kafka Streams lets its
 * producer retry a send for as long as it takes ({@code delivery.timeout.ms} "forever"), so the refusal never
 * leaves the producer. Under at-least-once, or when a user bounds {@code producer.delivery.timeout.ms}, the
 * send fails after that timeout and Kafka Streams asks the production exception handler:
 * {@link DeadLetterHandler} must answer retry (the task is reprocessed from its last commit), not dead-letter
 * the wire.
 */
class RetriableProductionErrorIT {
    private static final int PARTITIONS = 2;
    private static final String WIRE_ID = "retriable-1";
    /**
     * Set on both nodes alike: replication every topic gets (only news.tagged also needs both replicas in sync),
     * and the internal topics' partition counts, which every broker must agree on.
     */
    private static final Map<String, String> TWO_BROKERS = Map.of(
            "offsets.topic.num.partitions", "4",
            "transaction.state.log.num.partitions", "4",
            "default.replication.factor", "2",
            "offsets.topic.replication.factor", "2",
            "transaction.state.log.replication.factor", "2",
            "transaction.state.log.min.isr", "1",
            "min.insync.replicas", "1");

    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(DeadLetterHandler.class);
    private final Logger senderLog = (Logger) LoggerFactory.getLogger(Sender.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    {
        // Appended to from stream and producer threads while the test thread reads.
        events.list = new CopyOnWriteArrayList<>();
    }

    private EmbeddedKafkaBroker first;
    private JoiningBroker second;
    private StreamsRunner runner;

    @AfterEach
    void stop() {
        handlerLog.detachAppender(events);
        senderLog.detachAppender(events);
        if (runner != null) {
            runner.streams().ifPresent(s -> s.close(Duration.ofSeconds(30)));
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void shouldRetryAWireRefusedForWantOfInSyncReplicasUnderExactlyOnceUntilTheBrokerIsBack() throws Exception {
        survivesAnOutage("wirewatch-retriable-eos", Map.of(), "the broker's NOT_ENOUGH_REPLICAS refusal",
                () -> events.list.stream().anyMatch(e -> e.getLoggerName().equals(Sender.class.getName())
                        && e.getFormattedMessage().contains("news.tagged")
                        && e.getFormattedMessage().contains("Error: NOT_ENOUGH_REPLICAS")
                        && !e.getFormattedMessage().contains("COORDINATOR_NOT_AVAILABLE")));
    }

    @Test
    void shouldRetryAWireWhoseSendTimedOutWhenTheHandlerIsAskedAndNeverDeadLetterIt() throws Exception {
        survivesAnOutage("wirewatch-retriable-alos", Map.of(
                        "processing.guarantee", "at_least_once",
                        "producer.request.timeout.ms", "1000",
                        "producer.delivery.timeout.ms", "3000"),
                "the failed send handed to the handler and retried",
                () -> events.list.stream().anyMatch(e -> e.getLoggerName().equals(DeadLetterHandler.class.getName())
                        && e.getFormattedMessage().startsWith("Retrying record")));
    }

    private void survivesAnOutage(String applicationId, Map<String, String> settingsFlags, String refusal,
                                  Callable<Boolean> refusalSeen) throws Exception {
        EmbeddedKafkaBroker.Builder b = EmbeddedKafkaBroker.builder().freePorts()
                .dataDir(TestDirs.newDir(applicationId + "-broker-1"));
        TWO_BROKERS.forEach(b::override);
        first = b.build().start();
        second = new JoiningBroker(first, 2, TestDirs.newDir(applicationId + "-broker-2"), TWO_BROKERS).start();

        Map<String, String> flags = new HashMap<>(settingsFlags);
        flags.put("bootstrap.servers", first.bootstrapServers());
        flags.put("application.id", applicationId);
        flags.put("state.dir", TestDirs.newDir(applicationId + "-state").toString());
        flags.put(AppConfig.TOPICS_PARTITIONS, String.valueOf(PARTITIONS));
        flags.put(AppConfig.TOPICS_REPLICATION, "2");
        flags.put("commit.interval.ms", "200");
        runner = StreamsRunner.create(ItSupport.config(flags));
        TopologySettings settings = runner.settings();

        events.start();
        handlerLog.addAppender(events);
        senderLog.addAppender(events);
        long deadLettersBefore = DeadLetterHandler.DEAD_LETTERS.get();
        try (Admin admin = Admin.create(first.clientProperties());
             KafkaConsumer<String, byte[]> reader = ItSupport.committedReader(first.bootstrapServers(),
                     applicationId + "-reader", settings.taggedTopic())) {
            await("both brokers registered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size() == 2);
            admin.createTopics(List.of(new NewTopic(settings.taggedTopic(), PARTITIONS, (short) 2)
                            .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"))))
                    .all().get(30, TimeUnit.SECONDS);
            runner.start();
            await("Kafka Streams RUNNING").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> runner.state() == KafkaStreams.State.RUNNING);

            // A first wire with both brokers up, so the refused one is retried from a committed position, as in
            // a service that has been running.
            ItSupport.produce(first.bootstrapServers(), List.of(ItSupport.wire("before-1", "wire-one.example",
                    "2024-10-01T05:00:00Z", "Ministers met.")));
            List<ConsumerRecord<String, byte[]>> tagged = new ArrayList<>();
            await("the first wire in news.tagged").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        reader.poll(Duration.ofMillis(100)).forEach(tagged::add);
                        return !tagged.isEmpty();
                    });

            // Every transaction that wrote to news.tagged settled first: a commit marker too needs both replicas in
            // sync, so a transaction still committing when the broker stops would hold back every later one.
            await("the first wire's transaction committed everywhere").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> ItSupport.committedToTheEnd(admin, applicationId, settings.rawTopic())
                            && ItSupport.noOpenTransactions(admin, settings.taggedTopic()));
            second.stop();
            await("news.tagged in sync on one broker only").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> partitionsInSyncOnOneBroker(admin, settings.taggedTopic()) == PARTITIONS);
            ItSupport.produce(first.bootstrapServers(), List.of(ItSupport.wire(WIRE_ID, "wire-one.example",
                    "2024-10-02T05:00:00Z", "Ukraine's air force said Russia launched 60 drones overnight, 52 of which"
                            + " were shot down.")));
            await(refusal).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(refusalSeen);
            reader.poll(Duration.ofMillis(200)).forEach(tagged::add);
            assertThat(tagged).extracting(ConsumerRecord::key).as("news.tagged while the write is refused")
                    .doesNotContain(WIRE_ID);

            second.start();
            await("the wire in news.tagged once the second broker is back").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        reader.poll(Duration.ofMillis(100)).forEach(tagged::add);
                        return tagged.stream().anyMatch(r -> WIRE_ID.equals(r.key()));
                    });
            await("the application's committed offsets at the end of news.raw").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> ItSupport.committedToTheEnd(admin, applicationId, settings.rawTopic()));

            assertThat(ItSupport.endOffsets(admin, settings.dlqTopic()).values())
                    .as("records ever written to news.dlq, committed or aborted").containsOnly(0L);
            assertThat(DeadLetterHandler.DEAD_LETTERS.get()).as("dead letters counted during this test")
                    .isEqualTo(deadLettersBefore);
            assertThat(runner.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** Partitions of {@code topic} whose ISR is a single broker. */
    private static long partitionsInSyncOnOneBroker(Admin admin, String topic) throws Exception {
        List<TopicPartitionInfo> parts = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic).partitions();
        return parts.stream().filter(p -> p.isr().size() == 1).count();
    }

}

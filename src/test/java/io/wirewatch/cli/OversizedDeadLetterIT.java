package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.streams.DeadLetterHandler;
import io.wirewatch.testing.TestDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * A wire that {@code news.raw} accepts but the dead-letter path cannot carry (the Streams producer's
 * default {@code max.request.size} of 1 MB) still ends in {@code news.dlq}: without its value, with the
 * reason and a {@value DeadLetterHandler#VALUE_OMITTED} header, and the service goes on. Before, the handler
 * dead-lettered the refused dead-letter record into itself until the stream thread died of a
 * {@code StackOverflowError}, and the wire ended nowhere.
 */
class OversizedDeadLetterIT {
    private static final int RAW_MAX_BYTES = 8 * 1024 * 1024;

    @Test
    void shouldDeadLetterAWireTooLargeForTheDeadLetterPathWithoutItsValue() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().freePorts()
                .dataDir(TestDirs.newDir("oversize-broker")).build().start()) {
            try (Admin admin = Admin.create(broker.clientProperties())) {
                admin.createTopics(List.of(new NewTopic("news.raw", 1, (short) 1)
                        .configs(Map.of("max.message.bytes", String.valueOf(RAW_MAX_BYTES))))).all().get();
            }
            Map<String, String> flags = new HashMap<>();
            flags.put("bootstrap.servers", broker.bootstrapServers());
            flags.put("application.id", "wirewatch-oversize-it");
            flags.put("state.dir", TestDirs.newDir("oversize-state").toString());
            flags.put(AppConfig.HTTP_PORT, "0");
            flags.put("commit.interval.ms", "200");
            try (Service service = Service.start(AppConfig.load(Path.of("config"), Map.of(), flags), null)) {
                assertThat(service.runner().awaitRunning(Duration.ofSeconds(90))).isTrue();
                byte[] big = ("{\"id\":\"big\",\"body\":\"" + "drones ".repeat(300_000) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                Properties p = new Properties();
                p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
                p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, RAW_MAX_BYTES);
                try (KafkaProducer<String, byte[]> producer =
                             new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                    producer.send(new ProducerRecord<>("news.raw", "k-big", big)).get();
                    producer.send(new ProducerRecord<>("news.raw", "k-good",
                            "{\"id\":\"good\",\"body\":\"Ministers met.\"}".getBytes(StandardCharsets.UTF_8))).get();
                }

                List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
                List<ConsumerRecord<String, byte[]>> tagged = new ArrayList<>();
                Properties c = new Properties();
                c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
                c.put(ConsumerConfig.GROUP_ID_CONFIG, "oversize-reader-" + System.nanoTime());
                c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
                try (KafkaConsumer<String, byte[]> reader =
                             new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
                    reader.subscribe(List.of("news.dlq", "news.tagged"));
                    await("the big wire in news.dlq and the good one in news.tagged").atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(50)).until(() -> {
                                reader.poll(Duration.ofMillis(200)).forEach(r ->
                                        (r.topic().equals("news.dlq") ? dead : tagged).add(r));
                                return !dead.isEmpty() && !tagged.isEmpty();
                            });
                }
                assertThat(dead).hasSize(1);
                ConsumerRecord<String, byte[]> d = dead.get(0);
                assertThat(d.key()).isEqualTo("k-big");
                assertThat(d.value()).isNull();
                assertThat(header(d, DeadLetterHandler.REASON)).contains("wirewatch.max.body.chars");
                assertThat(header(d, DeadLetterHandler.VALUE_OMITTED)).startsWith(big.length + " bytes, ")
                        .contains("producer.max.request.size");
                assertThat(tagged).extracting(ConsumerRecord::key).containsExactly("good");
                assertThat(service.runner().state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

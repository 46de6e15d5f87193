package io.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.config.AppConfig;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the real-broker ITs of the service share: the sample wires, a producer, HTTP GETs, free ports. */
final class ItSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ItSupport() {
    }

    /** Every wire of {@code samples/*.ndjson}, one JSON document per element (read, never copied). */
    static List<String> sampleWires() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String idOf(String wire) {
        try {
            return Json.mapper().readTree(wire).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A simple-form {@code news.raw} wire. */
    static String wire(String id, String source, String published, String body) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id).put("source", source).put("published", published).put("language", "en")
                .put("title", "Overnight drone attack").put("body", body);
        return n.toString();
    }

    /** Produces the values, unkeyed, to {@code news.raw}, and waits until the broker has them. */
    static void produce(String bootstrapServers, List<String> values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>("news.raw", null, v.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /**
     * Whether consumer group {@code groupId} (a Streams application id) has committed every partition of
     * {@code topic} up to its end, and the topic is not empty. Under exactly-once v2 every output of that input
     * is then committed too: the state to wait for before checking that nothing more arrives.
     */
    static boolean committedToTheEnd(Admin admin, String groupId, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = endOffsets(admin, topic);
        return ends.values().stream().mapToLong(Long::longValue).sum() > 0
                && ends.entrySet().stream().allMatch(e -> e.getValue() == 0 || (committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue()));
    }

    /** Log end offset of every partition of {@code topic}: all records written, committed or not. */
    static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /**
     * Whether no transaction is open on any partition of {@code topic}: its last stable offset (what
     * {@code read_committed} readers may reach) equals its log end offset, commit markers included.
     */
    static boolean noOpenTransactions(Admin admin, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(admin, topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        ends.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> stable = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(10, TimeUnit.SECONDS).forEach((tp, info) -> stable.put(tp, info.offset()));
        return stable.equals(ends);
    }

    private static final AtomicInteger READERS = new AtomicInteger();

    /**
     * A {@code read_committed} reader of {@code topic} from its start, in a consumer group of its own named
     * {@code groupPrefix-N}.
     */
    static KafkaConsumer<String, byte[]> committedReader(String bootstrapServers, String groupPrefix, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // a group of its own for every reader, so each one reads the topic from the start
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + READERS.incrementAndGet());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** A port free right now (a small race remains until the caller binds it). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's configuration from {@code config/} with these flags on top (the CLI's precedence). */
    static AppConfig config(Map<String, String> flags) {
        return AppConfig.load(Path.of("config"), Map.of(), flags);
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    static Answer get(int port, String pathAndQuery) {
        URI uri = URI.create("http://127.0.0.1:" + port + pathAndQuery);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + uri, e);
        }
    }
}

package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Json;
import io.wirewatch.streams.DeadLetterHandler;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service end to end on a real in-process KRaft broker, exactly as {@code run --embedded} wires it:
 * wires produced with a Kafka producer, outputs read back with {@code read_committed} consumers.
 */
class ServicePipelineIT {
    private static final String SEED_RESTATEMENT = "ar-20240913-shoigu-kim-drones";
    private static final String SYNDICATED_COPY = "en-20240913-syndicated-overnight-drones";

    private static EmbeddedKafkaBroker broker;
    private static Service service;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(TestDirs.newDir("it-broker")).build().start();
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", broker.bootstrapServers());
        flags.put("application.id", "wirewatch-it");
        flags.put("state.dir", TestDirs.newDir("it-state").toString());
        flags.put(AppConfig.HTTP_PORT, "0");
        flags.put("commit.interval.ms", "200");
        AppConfig config = AppConfig.load(Path.of("config"), Map.of(), flags);
        service = Service.start(config, null);
        assertThat(service.runner().awaitRunning(Duration.ofSeconds(60)))
                .as("Kafka Streams reached RUNNING").isTrue();
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

    private static String sample(String id) {
        return ItSupport.sampleWires().stream().filter(w -> ItSupport.idOf(w).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("sample " + id + " not found"));
    }

    private static KafkaConsumer<String, byte[]> committedReader(String topic) {
        return ItSupport.committedReader(broker.bootstrapServers(), "it-reader-" + topic, topic);
    }

    @Test
    void shouldCountTheSeedClaimsOnceAndDeadLetterAMalformedWire() throws Exception {
        ItSupport.produce(broker.bootstrapServers(),
                List.of(sample(SEED_RESTATEMENT), "{\"id\":\"broken\",\"body\":", sample(SYNDICATED_COPY)));

        Map<String, DailyDroneCount> daily = new ConcurrentHashMap<>();
        List<ConsumerRecord<String, byte[]>> dead = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, byte[]> dailyReader = committedReader("news.drone-daily");
             KafkaConsumer<String, byte[]> dlqReader = committedReader("news.dlq")) {
            await("ledger of 2024-09-13 with both claimants and the syndicated copy counted once")
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        dailyReader.poll(Duration.ofMillis(200)).forEach(r -> daily.put(r.key(),
                                JsonSerdes.DAILY.deserializer().deserialize(r.topic(), r.value())));
                        dlqReader.poll(Duration.ofMillis(50)).forEach(dead::add);
                        DailyDroneCount ua = daily.get("ua-air-force|2024-09-13");
                        DailyDroneCount ru = daily.get("ru-mod|2024-09-13");
                        return ua != null && ru != null && ua.articles() == 2 && ru.articles() == 2
                                && !dead.isEmpty();
                    });
        }

        DailyDroneCount ua = daily.get("ua-air-force|2024-09-13");
        DailyDroneCount ru = daily.get("ru-mod|2024-09-13");
        assertThat(ua.launched()).isEqualTo(83);
        assertThat(ua.destroyed()).isEqualTo(78);
        assertThat(ru.destroyed()).as("regional breakdown and 'about 100' must not add").isEqualTo(99);
        assertThat(ru.regions()).isNotEmpty();
        assertThat(ua.sources()).isEqualTo(2);

        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"broken\",\"body\":");
        assertThat(dead.get(0).headers().lastHeader(DeadLetterHandler.REASON)).isNotNull();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + service.httpPort() + "/api/drones/daily?from=2024-09-13&to=2024-09-13"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = Json.mapper().readTree(response.body());
        Map<String, JsonNode> byClaimant = new HashMap<>();
        rows.forEach(r -> byClaimant.put(r.path("claimant").asText(), r));
        assertThat(byClaimant.get("ua-air-force").path("launched").asInt()).isEqualTo(83);
        assertThat(byClaimant.get("ua-air-force").path("destroyed").asInt()).isEqualTo(78);
        assertThat(byClaimant.get("ru-mod").path("destroyed").asInt()).isEqualTo(99);
    }

    @Test
    void shouldReconcileTheSeedClaimWithASyntheticReferenceRowLoadedTwice() throws Exception {
        String reference = Path.of("src/test/resources/reference/seed-reference.csv").toString();
        for (int load = 0; load < 2; load++) {
            assertThat(io.wirewatch.Main.execute("--config", "config", "reference", "load", reference,
                    "--bootstrap-servers", broker.bootstrapServers())).as("reference load exit code").isZero();
        }
        ItSupport.produce(broker.bootstrapServers(), List.of(sample(SEED_RESTATEMENT), sample(SYNDICATED_COPY)));

        JsonNode[] day = new JsonNode[1];
        await("2024-09-13 reconciled: the seed's ua-air-force claim paired with the reference window")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    ItSupport.Answer a = ItSupport.get(service.httpPort(), "/api/reconcile?from=2024-09-13&to=2024-09-13");
                    if (a.status() != 200 || a.json().size() != 1) {
                        return false;
                    }
                    day[0] = a.json().get(0);
                    JsonNode pairs = day[0].path("pairs");
                    return pairs.size() == 1 && pairs.get(0).path("status").asText().equals("match")
                            && pairs.get(0).path("article_ids").size() == 2;
                });

        JsonNode pair = day[0].path("pairs").get(0);
        assertThat(day[0].path("claimant").asText()).isEqualTo("ua-air-force");
        assertThat(pair.path("window_key").asText()).isEqualTo("uav|2024-09-12 18:00|2024-09-13 08:00|kpszsu");
        assertThat(pair.path("reference_launched").asInt()).isEqualTo(83);
        assertThat(pair.path("reference_destroyed").asInt()).isEqualTo(78);
        assertThat(pair.path("ledger_launched").asInt()).isEqualTo(83);
        assertThat(pair.path("ledger_destroyed").asInt()).isEqualTo(78);
        assertThat(pair.path("launched_difference").asInt()).isZero();
        assertThat(pair.path("evidence").path("text").asText()).isNotBlank();
    }
}

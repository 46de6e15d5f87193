package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.model.DailyDroneCount;
import io.wirewatch.model.Json;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.testing.TestDirs;
import java.io.IOException;
import java.net.ConnectException;
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
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka security as users configure it: a broker with a SASL/PLAIN listener, and the service started as its
 * own JVM ({@code java -cp target/wirewatch.jar:target/lib/* io.wirewatch.Main run}, what {@code bin/wirewatch}
 * runs) with credentials only in the environment ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM},
 * {@code KAFKA_SASL_JAAS_CONFIG}). Right credentials: the seed wires are counted end to end. Wrong ones: one
 * clear line and a non-zero exit, promptly. In both, no secret appears in anything the service prints or serves.
 */
class SaslIT {
    private static final String LISTENER = "SASL_PLAINTEXT";
    private static final String USER = "wirewatch";
    private static final String PASSWORD = "pw-Qx7-sasl-secret-4711";
    private static final String WRONG_PASSWORD = "pw-wrong-guess-0815";
    private static final String HTTP_TOKEN = "tok-9f8e7d6c5b4a-http-secret";
    private static final Duration PROMPT_EXIT = Duration.ofSeconds(30);

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        // PLAINTEXT stays the inter-broker listener (first); clients use the SASL one.
        broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(TestDirs.newDir("sasl-broker"))
                .listener("PLAINTEXT", SecurityProtocol.PLAINTEXT, 0)
                .listener(LISTENER, SecurityProtocol.SASL_PLAINTEXT, 0)
                .override("sasl.enabled.mechanisms", "PLAIN")
                .override("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainJaas("admin", "admin-pw")
                        .replace(";", " user_admin=\"admin-pw\" user_" + USER + "=\"" + PASSWORD + "\";"))
                .build().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static String plainJaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static Map<String, Object> saslClient(String password) {
        Map<String, Object> p = new HashMap<>();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(LISTENER));
        p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        p.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        p.put(SaslConfigs.SASL_JAAS_CONFIG, plainJaas(USER, password));
        return p;
    }

    /** The service as a separate JVM, its stdout and stderr captured in one file. */
    private static Process startService(String name, String password, int httpPort, Path output) throws IOException {
        Path jar = Path.of("target", "wirewatch.jar");
        assertThat(jar).as("the packaged jar (mvn package runs before integration tests)").exists();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx384m", "-Djava.io.tmpdir=" + TestDirs.newDir(name + "-tmp"),
                "-cp", jar + java.io.File.pathSeparator + Path.of("target", "lib") + "/*", "io.wirewatch.Main", "run",
                "--http-port", String.valueOf(httpPort),
                "--set", "application.id=wirewatch-" + name,
                "--set", "state.dir=" + TestDirs.newDir(name + "-state"),
                "--set", "commit.interval.ms=200");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("WIREWATCH_"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(LISTENER));
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", "PLAIN");
        env.put("KAFKA_SASL_JAAS_CONFIG", plainJaas(USER, password));
        env.put("WIREWATCH_HTTP_TOKEN", HTTP_TOKEN);
        env.put("WIREWATCH_CONFIG_DIR", Path.of("config").toAbsolutePath().toString());
        pb.redirectErrorStream(true).redirectOutput(output.toFile());
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static HttpResponse<String> get(int port, String path, boolean withToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (withToken) {
            b.header("Authorization", "Bearer " + HTTP_TOKEN);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoSecret(String what, String text) {
        assertThat(text).as(what).doesNotContain(PASSWORD).doesNotContain(WRONG_PASSWORD).doesNotContain(HTTP_TOKEN)
                .doesNotContain("admin-pw");
    }

    @Test
    void shouldProcessWiresOverSaslWithCredentialsFromTheEnvironmentAndNeverPrintThem() throws Exception {
        Path log = TestDirs.newDir("sasl-ok").resolve("service.log");
        int port = freePort();
        long t0 = System.nanoTime();
        Process service = startService("sasl-ok", PASSWORD, port, log);
        try {
            await("the service's /health to answer UP").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250)).ignoreException(ConnectException.class)
                    .until(() -> {
                        assertThat(service.isAlive()).as("service alive; its output:\n%s", readLog(log)).isTrue();
                        return get(port, "/health", false).statusCode() == 200;
                    });
            System.out.printf("SaslIT: service RUNNING over SASL after %d ms%n", (System.nanoTime() - t0) / 1_000_000);

            List<String> wires = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("samples/wires-ar.ndjson"), StandardCharsets.UTF_8)) {
                if (line.contains("\"ar-20240913-shoigu-kim-drones\"")) {
                    wires.add(line);
                }
            }
            for (String line : Files.readAllLines(Path.of("samples/wires-en.ndjson"), StandardCharsets.UTF_8)) {
                if (line.contains("\"en-20240913-syndicated-overnight-drones\"")) {
                    wires.add(line);
                }
            }
            assertThat(wires).hasSize(2);
            Map<String, Object> producerProps = saslClient(PASSWORD);
            producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
                for (String w : wires) {
                    producer.send(new ProducerRecord<>("news.raw", null, w)).get();
                }
            }

            Map<String, DailyDroneCount> daily = new HashMap<>();
            Map<String, Object> consumerProps = saslClient(PASSWORD);
            consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "sasl-reader-" + System.nanoTime());
            consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (KafkaConsumer<String, byte[]> reader =
                         new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
                reader.subscribe(List.of("news.drone-daily"));
                await("the 2024-09-13 ledger with both wires, read over SASL").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(100)).until(() -> {
                            reader.poll(Duration.ofMillis(200)).forEach(r -> daily.put(r.key(),
                                    JsonSerdes.DAILY.deserializer().deserialize(r.topic(), r.value())));
                            DailyDroneCount ua = daily.get("ua-air-force|2024-09-13");
                            return ua != null && ua.articles() == 2;
                        });
            }
            assertThat(daily.get("ua-air-force|2024-09-13").launched()).isEqualTo(83);
            assertThat(daily.get("ua-air-force|2024-09-13").destroyed()).isEqualTo(78);

            HttpResponse<String> api = get(port, "/api/drones/daily?from=2024-09-13&to=2024-09-13", true);
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(api.body()).toString()).contains("ua-air-force");
            assertThat(get(port, "/api/drones/daily?from=2024-09-13&to=2024-09-13", false).statusCode())
                    .as("the token from WIREWATCH_HTTP_TOKEN is enforced").isEqualTo(401);
            HttpResponse<String> metrics = get(port, "/metrics", true);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertNoSecret("/metrics", metrics.body());
            assertThat(metrics.body()).doesNotContain("PlainLoginModule");
            assertNoSecret("/health", get(port, "/health", false).body());
        } finally {
            service.destroy(); // SIGTERM: the shutdown hook closes Streams cleanly
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        String output = readLog(log);
        assertThat(output).as("the service logged its configuration").contains("sasl.jaas.config=[hidden]");
        assertNoSecret("the service's stdout/stderr", output);
        assertThat(output).doesNotContain("PlainLoginModule required username");
    }

    @Test
    void shouldExitNonZeroWithOneClearLineOnWrongCredentials() throws Exception {
        Path log = TestDirs.newDir("sasl-wrong").resolve("service.log");
        long t0 = System.nanoTime();
        Process service = startService("sasl-wrong", WRONG_PASSWORD, freePort(), log);
        boolean exited = service.waitFor(PROMPT_EXIT.toSeconds(), TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!exited) {
            service.destroyForcibly().waitFor();
        }
        String output = readLog(log);
        System.out.printf("SaslIT: wrong credentials -> exit %s after %d ms%n",
                exited ? service.exitValue() : "none", ms);
        assertThat(exited).as("exited within %s; output:\n%s", PROMPT_EXIT, output).isTrue();
        assertThat(service.exitValue()).as("exit code").isNotZero();
        String expected = "Kafka authentication failed for bootstrap.servers=" + broker.bootstrapServers(LISTENER);
        List<String> clear = output.lines().filter(l -> l.contains(expected)).toList();
        assertThat(clear).as("one clear line; output:\n%s", output).hasSize(1);
        assertThat(clear.get(0)).contains("Invalid username or password");
        assertThat(output.lines().filter(l -> l.contains(" ERROR ") || l.contains(" WARN ")))
                .as("no other error or warning lines (one client per refusal, not a retry loop)").isEmpty();
        assertThat(output).as("no stack trace").doesNotContain("\tat ");
        assertNoSecret("the service's stdout/stderr", output);
    }

    private static String readLog(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}

package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.testing.TestDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A new user's first run: {@code wirewatch demo} as a separate JVM from the built jar, in an empty working
 * directory (so an empty {@code ./data}: a freshly formatted broker, no Streams state), on free ports. Its whole
 * console, broker included, must show no {@code ERROR} line from start, through the sample wires' first
 * transactions, to a clean stop.
 *
 * <p>It waits on state, not on time: until the service has committed its input to the end of {@code news.raw}
 * (every sample wire processed, every output committed), then stops it with SIGTERM.
 */
class DemoFirstRunIT {
    /** The console pattern of {@code logback.xml}: {@code HH:mm:ss.SSS LEVEL [thread] logger - message}. */
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR .*$");
    private static final Pattern BROKER = Pattern.compile("wirewatch demo: broker (\\S+:\\d+),");
    /** {@code application.id} in config/application.properties. */
    private static final String APPLICATION_ID = "wirewatch";

    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = TestDirs.newDir("demo-first-run");
    private final Path console = work.resolve("console.log");
    private Process demo;

    @AfterEach
    void stop() throws InterruptedException {
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly();
            demo.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldPrintNoErrorFromAnEmptyDataDirToACleanStop() throws Exception {
        assertThat(work.resolve("data")).doesNotExist();
        demo = startDemo();

        String bootstrap = await("the demo's broker address on its console (" + console + ")")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    assertThat(demo.isAlive()).as("demo alive; console:%n%s", consoleText()).isTrue();
                    Matcher m = BROKER.matcher(consoleText());
                    return m.find() ? m.group(1) : null;
                }, b -> b != null);
        await("the demo fed its sample wires").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> consoleText().contains("wirewatch demo: running"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await("every sample wire processed and committed (group " + APPLICATION_ID + " at the end of news.raw)")
                    .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> ItSupport.committedToTheEnd(admin, APPLICATION_ID, "news.raw"));
        }

        demo.destroy();
        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("demo stopped within 60 s of SIGTERM").isTrue();
        String out = consoleText();
        assertThat(out).as("console").contains("Kafka broker stopped");
        assertThat(ERROR_LINE.matcher(out).results().map(r -> r.group()).toList())
                .as("ERROR lines on the first run's console (all of it in %s)", console).isEmpty();
    }

    private Process startDemo() throws IOException {
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                "-cp", project.resolve("target/wirewatch.jar") + ":" + project.resolve("target/lib") + "/*",
                "io.wirewatch.Main",
                "--config", project.resolve("config").toString(),
                // Port 0: the broker and its controller on free ports; the API too.
                "--set", "wirewatch.embedded.port=0",
                "demo", "--samples", project.resolve("samples").toString(), "--http-port", "0");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("WIREWATCH_"));
        return pb.start();
    }

    private String consoleText() {
        try {
            return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

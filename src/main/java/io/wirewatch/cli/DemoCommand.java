package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo}: everything on one machine. An in-process broker (127.0.0.1:9092, data under
 * {@code ./data/}), the topics, the service with its HTTP API on 127.0.0.1:8080, the sample wires from
 * {@code samples/} fed in as they are (bad ones included, to show the dead-letter topic), and each alert
 * printed as it is emitted. Runs until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Embedded broker + service + sample wires; prints alerts until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Sample wires to feed (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP API port (default 8080).")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (httpPort != null) {
            flags.put(AppConfig.HTTP_PORT, httpPort.toString());
        }
        AppConfig config = GlobalOptions.load(parent.global, global, flags);
        EmbeddedKafkaBroker broker = Service.startBroker(config);
        flags.put("bootstrap.servers", broker.bootstrapServers());
        config = GlobalOptions.load(parent.global, global, flags);

        Service service = Service.start(config, broker);
        AlertPrinter printer = new AlertPrinter(config, service.runner().settings().alertsTopic(), System.out);
        service.closeWith(printer);
        printer.start();

        if (!service.runner().awaitRunning(Duration.ofSeconds(60))) {
            LOG.error("Kafka Streams did not reach RUNNING (state {})", service.runner().state());
            service.close();
            return 1;
        }
        System.out.printf("wirewatch demo: broker %s, API http://%s:%d/ (try /api/drones/daily, /api/alerts, /health)%n",
                broker.bootstrapServers(), config.get(AppConfig.HTTP_HOST), service.httpPort());
        feedSamples(config, service.runner().settings().rawTopic(), service.runner().settings().maxBodyChars());
        System.out.println("wirewatch demo: running; Ctrl-C to stop");
        return service.runUntilStopped();
    }

    private void feedSamples(AppConfig config, String rawTopic, int maxBodyChars) {
        if (!Files.isDirectory(samples)) {
            LOG.warn("No samples directory {}: nothing fed. Use `wirewatch feed FILE` to send wires.", samples.toAbsolutePath());
            return;
        }
        List<Path> files = WireReader.expand(List.of(samples));
        FeedCommand feed = new FeedCommand();
        feed.raw = true;
        feed.progressEvery = 0;
        FeedCommand.Result r = feed.send(config, rawTopic, files, maxBodyChars);
        System.out.printf("wirewatch demo: fed %d sample messages from %d files in %s%n", r.sent(), files.size(), samples);
        if (r.error() != null) {
            LOG.error("Feeding samples failed: {}", r.error());
        }
    }

    /** Prints each committed alert as one readable line. */
    static final class AlertPrinter implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final String topic;
        private final PrintStream out;
        private final Thread thread;

        AlertPrinter(AppConfig config, String topic, PrintStream out) {
            Map<String, Object> p = new HashMap<>(config.clientProperties());
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "wirewatch-demo-alerts");
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
            this.topic = topic;
            this.out = out;
            this.thread = new Thread(this::loop, "wirewatch-alert-printer");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            try {
                consumer.subscribe(List.of(topic));
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        out.println(line(r));
                    }
                }
            } catch (WakeupException stopping) {
                // close() asked us to stop
            } catch (RuntimeException e) {
                LOG.error("Alert printer stopped", e);
            } finally {
                consumer.close(Duration.ofSeconds(2));
            }
        }

        static String line(ConsumerRecord<String, byte[]> r) {
            if (r.value() == null) {
                return "ALERT cleared " + r.key();
            }
            try {
                Alert a = Json.mapper().readValue(r.value(), Alert.class);
                StringBuilder sb = new StringBuilder("ALERT [").append(a.severity()).append("] ");
                if (a.day() != null) {
                    sb.append(a.day()).append(' ');
                }
                sb.append(a.type());
                if (a.claimant() != null) {
                    sb.append(' ').append(a.claimant());
                }
                if (a.topic() != null) {
                    sb.append(" topic=").append(a.topic());
                }
                sb.append(": ").append(a.title() != null ? a.title() : "");
                if (a.message() != null && !a.message().equals(a.title())) {
                    sb.append(" — ").append(a.message());
                }
                if (!a.articleIds().isEmpty()) {
                    sb.append(" (articles: ").append(String.join(", ", a.articleIds().subList(0, Math.min(3, a.articleIds().size()))))
                            .append(a.articleIds().size() > 3 ? ", +" + (a.articleIds().size() - 3) : "").append(')');
                }
                return sb.toString();
            } catch (java.io.IOException e) {
                return "ALERT (unreadable value at offset " + r.offset() + ": " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() throws InterruptedException {
            consumer.wakeup();
            thread.join(3000);
        }
    }
}

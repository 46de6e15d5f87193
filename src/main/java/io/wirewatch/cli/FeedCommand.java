package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import io.wirewatch.ingest.ArticleParser;
import io.wirewatch.ingest.BadInputException;
import io.wirewatch.model.Article;
import io.wirewatch.streams.TopologySettings;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code feed}: produces wire files to the input topic, keyed by article id (a NewsML-G2 newsMessage by its
 * first text item's id; the service keys each item's output by its own). Messages are checked with the
 * service's parser first: rejected ones are reported and skipped, unless {@code --raw} sends them as they
 * are (to exercise the dead-letter topic). A file that cannot be read — malformed XML, a DOCTYPE (XXE,
 * entity expansion), a feed ROME cannot read — stops the command with a message naming it, exit code 1.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Produce wire files (NDJSON, ninjs JSON, .txt, NewsML-G2 .xml, RSS/Atom .rss/.atom/.xml) "
                + "to the input topic.")
public final class FeedCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories to send.")
    List<Path> inputs;

    @Option(names = "--topic", description = "Target topic (default: wirewatch.topic.raw).")
    String topic;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "Kafka brokers.")
    String bootstrapServers;

    @Option(names = "--published", description = "Event time for .txt files (ISO-8601; default: the record time).")
    String published;

    @Option(names = "--language", description = "Language of .txt files (default: detected).")
    String language;

    @Option(names = "--raw", description = "Send every message as is, even ones the parser rejects.")
    boolean raw;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "10000",
            description = "Report progress on stderr every N records (default: ${DEFAULT-VALUE}).")
    long progressEvery;

    PrintStream err = System.err;

    @Override
    public Integer call() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        AppConfig config = GlobalOptions.load(parent.global, global, flags);
        TopologySettings settings = TopologySettings.from(config.appKeys());
        String target = topic != null ? topic : settings.rawTopic();
        List<Path> files;
        try {
            files = WireReader.expand(inputs);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("feed: " + e.getMessage());
            return 2;
        }
        if (published != null && ArticleParser.parseTime(published) == null) {
            err.println("feed: --published '" + published + "' is not a date/time like 2026-01-26T06:00:00Z");
            return 2;
        }
        Result r = send(config, target, files, settings.maxBodyChars());
        double secs = Math.max(0.001, r.elapsed.toMillis() / 1000.0);
        err.printf("feed: sent %d to %s, skipped %d, in %.1f s (%.0f msg/s)%n", r.sent, target, r.skipped, secs,
                r.sent / secs);
        if (r.error != null) {
            err.println("feed: failed: " + r.error);
            return 1;
        }
        return 0;
    }

    record Result(long sent, long skipped, Duration elapsed, String error) {
    }

    Result send(AppConfig config, String target, List<Path> files, int maxBodyChars) {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-feed");
        // Fail within 20 s, not the default 60, when no broker answers.
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        ArticleParser parser = new ArticleParser(maxBodyChars);
        WireReader reader = new WireReader(published, language);
        AtomicLong sent = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicReference<String> error = new AtomicReference<>();
        Instant t0 = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (Path f : files) {
                reader.read(f, m -> {
                    if (error.get() != null) {
                        return;
                    }
                    String key = null;
                    try {
                        List<Article> articles = parser.parseAll(m.payload(), t0);
                        key = articles.get(0).id();
                    } catch (BadInputException e) {
                        if (!raw) {
                            err.println(m.origin() + ": skipped: " + e.reason());
                            skipped.incrementAndGet();
                            return;
                        }
                    }
                    producer.send(new ProducerRecord<>(target, key, m.payload().getBytes(StandardCharsets.UTF_8)),
                            (md, ex) -> {
                                if (ex != null) {
                                    error.compareAndSet(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
                                }
                            });
                    long n = sent.incrementAndGet();
                    if (progressEvery > 0 && n % progressEvery == 0) {
                        err.printf("feed: %d sent (%s)%n", n, m.origin());
                    }
                });
            }
            producer.flush();
        } catch (UncheckedIOException | org.apache.kafka.common.KafkaException e) {
            error.compareAndSet(null, e.getMessage());
        }
        return new Result(sent.get(), skipped.get(), Duration.between(t0, Instant.now()), error.get());
    }
}

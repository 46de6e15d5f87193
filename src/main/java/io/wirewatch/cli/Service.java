package io.wirewatch.cli;

import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.http.BearerAuth;
import io.wirewatch.http.HttpApi;
import io.wirewatch.http.LocalStoreQueries;
import io.wirewatch.http.MetricsSetup;
import io.wirewatch.http.Queries;
import io.wirewatch.http.RoutingQueries;
import io.wirewatch.streams.StreamsRunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: optional embedded broker, Kafka Streams, metrics and the HTTP API, started in that
 * order and closed in reverse (HTTP first so no query hits a closing store, the broker last).
 */
final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final EmbeddedKafkaBroker broker;
    private final StreamsRunner runner;
    private final MetricsSetup metrics;
    private final HttpApi http;
    private final List<AutoCloseable> extras = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean shutdownHookRunning;

    private Service(AppConfig config, EmbeddedKafkaBroker broker) throws IOException {
        this.broker = broker;
        // Refuse an exposed, unauthenticated API before connecting to anything.
        BearerAuth auth = BearerAuth.forBinding(config.get(AppConfig.HTTP_HOST), config.get(AppConfig.HTTP_TOKEN));
        LOG.info("Configuration ({}):\n{}", config.configDir(), config.describe());
        this.runner = StreamsRunner.create(config);
        // Brokers first, before any Streams client: bad credentials end here with one clear message.
        runner.prepareBrokers();
        runner.onStateChange(s -> {
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR
                    || s == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        KafkaStreams ks = runner.init();
        this.metrics = new MetricsSetup(ks);
        Supplier<KafkaStreams> streams = () -> runner.streams().orElse(null);
        Queries local = new LocalStoreQueries(streams);
        Queries routed = local;
        String appServer = config.get("application.server");
        if (appServer != null) {
            routed = new RoutingQueries(streams, HostInfo.buildFromEndpoint(appServer), local,
                    config.get(AppConfig.HTTP_TOKEN));
            LOG.info("Interactive queries routed across instances; this one is {}", appServer);
        }
        this.http = new HttpApi(config.get(AppConfig.HTTP_HOST), config.getInt(AppConfig.HTTP_PORT), runner::state,
                local, routed, metrics.registry(), runner.settings().zone(), auth).start();
    }

    /** Starts everything; on failure closes what was started and rethrows. */
    static Service start(AppConfig config, EmbeddedKafkaBroker broker) throws IOException {
        Service s;
        try {
            s = new Service(config, broker);
        } catch (RuntimeException | IOException e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
        try {
            s.runner.start();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    StreamsRunner runner() {
        return runner;
    }

    int httpPort() {
        return http.port();
    }

    /** Closed together with the service, before Streams (e.g. the demo's alert printer). */
    void closeWith(AutoCloseable c) {
        extras.add(c);
    }

    /**
     * Blocks until Ctrl-C (a shutdown hook closes everything) or until Streams stops by itself.
     *
     * @return 0 after a requested stop, 1 when Kafka Streams failed
     */
    int runUntilStopped() {
        Thread hook = new Thread(() -> {
            shutdownHookRunning = true;
            LOG.info("Shutting down (signal received)");
            close();
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shutdownHookRunning) {
            return 0;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return 0;
        }
        String why = runner.fatalReason().orElse("state " + runner.state());
        LOG.error("Kafka Streams stopped: {}", why);
        close();
        return 1;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.close();
        for (AutoCloseable c : extras) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("error while closing {}", c, e);
            }
        }
        runner.close();
        metrics.close();
        if (broker != null) {
            broker.close();
        }
        stopped.countDown();
    }

    static EmbeddedKafkaBroker startBroker(AppConfig config) {
        int port = config.getInt(AppConfig.EMBEDDED_PORT);
        return EmbeddedKafkaBroker.builder()
                .host(config.get(AppConfig.EMBEDDED_HOST))
                .port(port)
                .dataDir(java.nio.file.Path.of(config.get(AppConfig.EMBEDDED_DATA_DIR)))
                .build()
                .start();
    }
}

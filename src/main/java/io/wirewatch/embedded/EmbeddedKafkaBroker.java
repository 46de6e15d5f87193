package io.wirewatch.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (broker and controller in one process) started from the published
 * {@code kafka_2.13} jar, for {@code demo}, {@code run --embedded} and integration tests.
 *
 * <p>Storage lives in {@code dataDir} and survives restarts: it is formatted once (with
 * {@code --ignore-formatted}) under a cluster id kept in {@code dataDir/cluster.id}. Internal topics
 * (offsets, transactions, share state) get replication factor and min ISR 1 so that
 * {@code exactly_once_v2} works on one node.
 *
 * <p>Listeners: by default one {@code PLAINTEXT} listener; {@link Builder#listener} adds more (e.g. a
 * {@code SASL_PLAINTEXT} one) and {@link Builder#override} passes any broker key, such as
 * {@code listener.name.sasl_plaintext.plain.sasl.jaas.config}. The first listener is the one clients and
 * inter-broker traffic use.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String CONTROLLER = "CONTROLLER";
    private static final int NODE_ID = 1;
    /** A free-port probe leaves a window in which another process may take the port: retry that often. */
    private static final int BIND_ATTEMPTS = 5;
    /**
     * How long the broker itself waits for a transaction's partition to become addable (the previous
     * transaction's commit markers written) before answering a produce request with
     * {@code CONCURRENT_TRANSACTIONS}. Kafka's default is 100 ms, see {@link #brokerProperties()} for why it is
     * raised; it stays well under the clients' 30 s {@code request.timeout.ms} (the broker caps it at its own
     * {@code request.timeout.ms}, also 30 s), so a waiting produce request never times out on the client.
     */
    static final Duration TXN_PARTITION_WAIT = Duration.ofSeconds(5);
    /** Kafka's {@code AddPartitionsToTxnConfig.ADD_PARTITIONS_TO_TXN_RETRY_BACKOFF_MAX_MS_CONFIG} (a runtime-only jar). */
    static final String TXN_PARTITION_WAIT_KEY = "add.partitions.to.txn.retry.backoff.max.ms";

    /** One client listener: name, protocol, port (0 = pick a free one). */
    public record Listener(String name, SecurityProtocol protocol, int port) {
    }

    private final String host;
    private final Path dataDir;
    private final Map<String, Listener> requestedListeners;
    private final String firstListener;
    private final int requestedControllerPort;
    private final Map<String, String> overrides;
    private final Duration startTimeout;

    private KafkaRaftServer server;
    private Map<String, Listener> boundListeners;
    private int controllerPort;
    private String clusterId;
    private Duration startupTime;

    private EmbeddedKafkaBroker(Builder b) {
        this.host = b.host;
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.requestedListeners = b.listeners.isEmpty()
                ? Map.of("PLAINTEXT", new Listener("PLAINTEXT", SecurityProtocol.PLAINTEXT, b.port))
                : new LinkedHashMap<>(b.listeners);
        this.requestedControllerPort = b.controllerPort;
        this.overrides = Map.copyOf(b.overrides);
        this.startTimeout = b.startTimeout;
        this.firstListener = b.listeners.isEmpty() ? "PLAINTEXT" : b.firstListener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats storage if needed, starts the broker and waits until it answers {@code describeCluster}. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started");
        }
        Instant t0 = Instant.now();
        try {
            Files.createDirectories(dataDir);
            clusterId = clusterId();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker data dir " + dataDir, e);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            try {
                startOnce();
                startupTime = Duration.between(t0, Instant.now());
                LOG.info("Kafka broker ready at {} (cluster {}, data {}) in {} ms",
                        bootstrapServers(), clusterId, dataDir, startupTime.toMillis());
                return this;
            } catch (RuntimeException e) {
                last = e;
                stopQuietly();
                if (!isBindFailure(e) || !usesFreePorts()) {
                    break;
                }
                LOG.warn("Broker port taken between probe and bind (attempt {}/{}), retrying on new ports",
                        attempt, BIND_ATTEMPTS);
            }
        }
        throw new IllegalStateException("Kafka broker failed to start on " + host + " with data dir " + dataDir
                + ": " + last.getMessage(), last);
    }

    private void startOnce() {
        boundListeners = new LinkedHashMap<>();
        requestedListeners.forEach((name, l) -> boundListeners.put(name,
                new Listener(name, l.protocol(), l.port() == 0 ? freePort() : l.port())));
        controllerPort = requestedControllerPort == 0 ? freePort() : requestedControllerPort;
        Properties props = brokerProperties();
        format(props);
        server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        server.startup();
        awaitReady();
    }

    private Properties brokerProperties() {
        String listeners = boundListeners.values().stream()
                .map(l -> l.name() + "://" + host + ":" + l.port()).collect(Collectors.joining(","));
        String protocolMap = boundListeners.values().stream()
                .map(l -> l.name() + ":" + l.protocol().name).collect(Collectors.joining(","));
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.setProperty("controller.listener.names", CONTROLLER);
        p.setProperty("listeners", listeners + "," + CONTROLLER + "://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", listeners);
        p.setProperty("inter.broker.listener.name", firstListener);
        p.setProperty("listener.security.protocol.map", protocolMap + "," + CONTROLLER + ":PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("log").toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        // Exactly-once v2 on a busy machine (KIP-890, transaction.version=2, the 4.x default): Streams commits
        // and at once sends the next transaction's first batches. The broker adds their partitions to the
        // transaction itself and, while the previous commit's markers are still being written, retries that
        // for add.partitions.to.txn.retry.backoff.max.ms (KAFKA-18654). On a freshly started node the markers
        // of the first transactions take longer than the default 100 ms, so the broker answered
        // CONCURRENT_TRANSACTIONS (a client WARN); the producer's next pipelined batch to that partition then
        // met a partition with no state for the producer and was refused as out of order (KAFKA-18202), which
        // the broker's ReplicaManager logs at ERROR with a stack trace, although the client retries both
        // batches and nothing is lost. Waiting on the broker side holds the first batch until the markers are
        // written: the connection stays muted, the next batch cannot overtake it, and neither message appears.
        p.setProperty(TXN_PARTITION_WAIT_KEY, String.valueOf(TXN_PARTITION_WAIT.toMillis()));
        overrides.forEach(p::setProperty);
        return p;
    }

    private void format(Properties props) {
        Path file = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(w, "written by wirewatch EmbeddedKafkaBroker on every start; edits are overwritten");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", file.toString(),
                "--ignore-formatted"}, ps);
        }
        String said = out.toString(StandardCharsets.UTF_8).trim();
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed (" + rc + "): " + said);
        }
        LOG.debug("storage format: {}", said);
    }

    private void awaitReady() {
        Map<String, Object> cfg = new LinkedHashMap<>(clientProperties());
        cfg.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        cfg.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + startTimeout.toNanos();
        try (Admin admin = Admin.create(cfg)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("broker did not answer describeCluster within "
                                + startTimeout, e);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker reported no nodes within " + startTimeout);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** Cluster id persisted beside the data so restarts find the same cluster. */
    private String clusterId() throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private boolean usesFreePorts() {
        return requestedControllerPort == 0 || requestedListeners.values().stream().anyMatch(l -> l.port() == 0);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }

    /** {@code host:port} of the first (client) listener. */
    public String bootstrapServers() {
        requireStarted();
        return host + ":" + boundListeners.get(firstListener).port();
    }

    /** {@code host:port} of a named listener, e.g. {@code SASL_PLAINTEXT}. */
    public String bootstrapServers(String listenerName) {
        requireStarted();
        Listener l = boundListeners.get(listenerName);
        if (l == null) {
            throw new IllegalArgumentException("no listener " + listenerName + "; have " + boundListeners.keySet());
        }
        return host + ":" + l.port();
    }

    /** Client settings for the first listener (only {@code bootstrap.servers} for PLAINTEXT). */
    public Map<String, Object> clientProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * This node as the cluster's controller quorum ({@code controller.quorum.voters}), for a broker-only node
     * that joins it, e.g. a second broker in a test that needs replicas to lose.
     */
    public String controllerQuorumVoters() {
        requireStarted();
        return NODE_ID + "@" + host + ":" + controllerPort;
    }

    /** The listener name controllers use ({@code controller.listener.names}). */
    public static String controllerListenerName() {
        return CONTROLLER;
    }

    public String clusterIdValue() {
        return clusterId;
    }

    /** Wall time from {@link #start()} to a broker answering {@code describeCluster}. */
    public Duration startupTime() {
        return startupTime;
    }

    private void requireStarted() {
        if (boundListeners == null) {
            throw new IllegalStateException("broker not started");
        }
    }

    private void stopQuietly() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException e) {
                LOG.warn("error while stopping a broker that failed to start", e);
            }
            server = null;
        }
    }

    /** Shuts the broker down and waits for it; the data dir stays. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        Instant t0 = Instant.now();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker stopped in {} ms", Duration.between(t0, Instant.now()).toMillis());
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 9092;
        private int controllerPort = -1;
        private Path dataDir = Path.of("data", "kafka");
        private final Map<String, Listener> listeners = new LinkedHashMap<>();
        private String firstListener;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Client port of the default PLAINTEXT listener; 0 = a free port. Default 9092. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Controller port; default: client port + 1 (or a free port when the client port is 0). */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Both ports free: for tests. */
        public Builder freePorts() {
            this.port = 0;
            this.controllerPort = 0;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * Adds a client listener (replacing the default PLAINTEXT one); the first added is the
         * advertised, inter-broker one. Port 0 = a free port.
         */
        public Builder listener(String name, SecurityProtocol protocol, int listenerPort) {
            if (listeners.isEmpty()) {
                firstListener = name;
            }
            listeners.put(name, new Listener(name, protocol, listenerPort));
            return this;
        }

        /** Any broker key, applied last (e.g. SASL settings for a listener). */
        public Builder override(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            if (controllerPort < 0) {
                controllerPort = port == 0 ? 0 : port + 1;
            }
            return new EmbeddedKafkaBroker(this);
        }
    }
}

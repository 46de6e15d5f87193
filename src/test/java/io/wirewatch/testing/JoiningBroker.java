package io.wirewatch.testing;

import io.wirewatch.embedded.EmbeddedKafkaBroker;
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
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * A real broker-only KRaft node that joins an {@link EmbeddedKafkaBroker}'s cluster (that node stays the only
 * controller), so that a test has a replica to lose: stop this node and every partition it follows drops
 * out of sync; start it again and it catches up. Its data dir and port are kept across restarts, as a
 * restarted broker's would be.
 */
public final class JoiningBroker implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final EmbeddedKafkaBroker controller;
    private final int nodeId;
    private final Path dataDir;
    private final Map<String, String> overrides;
    private final int port;
    private KafkaRaftServer server;

    /** {@code overrides}: broker keys the cluster shares, e.g. replication defaults. */
    public JoiningBroker(EmbeddedKafkaBroker controller, int nodeId, Path dataDir, Map<String, String> overrides) {
        this.controller = controller;
        this.nodeId = nodeId;
        this.dataDir = dataDir;
        this.overrides = Map.copyOf(overrides);
        this.port = freePort();
    }

    /** Formats the node's storage under the cluster's id (once) and starts it; returns when it has started. */
    public synchronized JoiningBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker " + nodeId + " already running");
        }
        Properties props = properties();
        format(props);
        server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        server.startup();
        return this;
    }

    /** A controlled shutdown: the controller takes this node out of every ISR at once. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public int nodeId() {
        return nodeId;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        String controllerName = EmbeddedKafkaBroker.controllerListenerName();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker");
        p.setProperty("node.id", String.valueOf(nodeId));
        p.setProperty("controller.quorum.voters", controller.controllerQuorumVoters());
        p.setProperty("controller.listener.names", controllerName);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + controllerName + ":PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("log").toString());
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        overrides.forEach(p::setProperty);
        return p;
    }

    private void format(Properties props) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "broker " + nodeId + " of a test cluster");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc;
            try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                rc = StorageTool.execute(new String[] {"format", "-t", controller.clusterIdValue(), "-c",
                    file.toString(), "--ignore-formatted"}, ps);
            }
            if (rc != 0) {
                throw new IllegalStateException("formatting broker " + nodeId + " storage failed (" + rc + "): "
                        + out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker " + nodeId + " in " + dataDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}

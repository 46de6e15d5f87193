package io.wirewatch.streams;

import io.wirewatch.analysis.Analyzer;
import io.wirewatch.config.AppConfig;
import io.wirewatch.streams.profile.StageProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.errors.TopologyException;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one {@link KafkaStreams} instance: creates topics (when asked), builds the topology through
 * {@link NewsTopology#build}, logs its description, feeds its state to {@code /health}, decides what an
 * uncaught exception means, and closes with a bounded, logged timeout.
 *
 * <p>Uncaught exceptions: security, configuration and topology errors cannot heal by retrying, so they
 * shut the client down with a log saying why; anything else replaces the failed thread, unless threads
 * keep dying (more than {@value #MAX_REPLACEMENTS} within {@link #REPLACEMENT_WINDOW}), which is then
 * treated as fatal too.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    /** More thread deaths than this within the window means a poison condition, not a transient one. */
    static final int MAX_REPLACEMENTS = 5;
    static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(1);

    private final AppConfig config;
    private final TopologySettings settings;
    private final Analyzer analyzer;
    private final Duration closeTimeout;
    private final boolean leaveGroupOnClose;
    private final Deque<Instant> replacements = new ArrayDeque<>();
    private final List<Consumer<KafkaStreams.State>> stateListeners = new ArrayList<>();

    private volatile KafkaStreams streams;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile String fatalReason;
    private Topology topology;
    private boolean brokersChecked;

    public StreamsRunner(AppConfig config, TopologySettings settings, Analyzer analyzer) {
        this.config = config;
        this.settings = settings;
        this.analyzer = analyzer;
        this.closeTimeout = Duration.parse(config.get(AppConfig.CLOSE_TIMEOUT, "PT30S"));
        this.leaveGroupOnClose = Boolean.parseBoolean(config.get(AppConfig.CLOSE_LEAVE_GROUP, "true"));
    }

    /** Topology and settings from the config; the analyzer from {@code config dir} in the settings' zone. */
    public static StreamsRunner create(AppConfig config) throws java.io.IOException {
        TopologySettings settings = TopologySettings.from(config.appKeys());
        return new StreamsRunner(config, settings, Analyzer.load(config.configDir(), settings.zone()));
    }

    public TopologySettings settings() {
        return settings;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Called on every state change (from a Streams thread): keep it quick. Register before {@link #start()}. */
    public void onStateChange(Consumer<KafkaStreams.State> listener) {
        stateListeners.add(listener);
    }

    /** The Streams instance once {@link #init()} or {@link #start()} ran, else empty. */
    public Optional<KafkaStreams> streams() {
        return Optional.ofNullable(streams);
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** Why the client shut itself down, when it did. */
    public Optional<String> fatalReason() {
        return Optional.ofNullable(fatalReason);
    }

    public Topology topology() {
        return topology;
    }

    /** Builds topology and client without starting them, so metrics can bind first. Idempotent. */
    public synchronized KafkaStreams init() {
        if (streams != null) {
            return streams;
        }
        // The topology's own needs (dead-letter routing) and the user's keys, which may not override them.
        Properties props = NewsTopology.streamsConfig(settings, config.kafkaProperties());
        StreamsBuilder builder = config.getBoolean(StageProfile.CONFIG) ? StageProfile.install(props) : new StreamsBuilder();
        topology = NewsTopology.build(builder, settings, analyzer);
        LOG.info("Topology:\n{}", topology.describe());
        LOG.info("Kafka Streams {} against {} ({})", props.get(StreamsConfig.APPLICATION_ID_CONFIG),
                props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG), props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        KafkaStreams ks = new KafkaStreams(topology, props);
        ks.setStateListener((newState, oldState) -> {
            state = newState;
            LOG.info("Streams state {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.ERROR) {
                LOG.error("Kafka Streams is in ERROR and will not recover without a restart{}",
                        fatalReason == null ? "" : ": " + fatalReason);
            }
            stateListeners.forEach(l -> l.accept(newState));
        });
        ks.setUncaughtExceptionHandler(this::onUncaught);
        ks.setGlobalStateRestoreListener(new RestoreLog());
        streams = ks;
        return ks;
    }

    /**
     * Says when local state is rebuilt from a changelog (a lost or deleted state directory, or a task that
     * moved here), so a slow start is explained and a restore can be seen in the log.
     */
    private static final class RestoreLog implements StateRestoreListener {
        @Override
        public void onRestoreStart(TopicPartition partition, String store, long startOffset, long endOffset) {
            if (endOffset > startOffset) {
                LOG.info("Restoring {} from changelog {} (offsets {} to {})", store, partition, startOffset, endOffset);
            }
        }

        @Override
        public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        }

        @Override
        public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
            if (totalRestored > 0) {
                LOG.info("Restored {} from changelog {}: {} records", store, partition, totalRestored);
            }
        }
    }

    /**
     * Talks to the brokers once before any Streams client exists: creates missing topics when
     * {@code wirewatch.topics.create=true}, else only lists them. Wrong credentials, missing ACLs or
     * unreachable brokers thus fail here with one {@link KafkaException} saying which, instead of several
     * Streams clients each logging the same refusal. Idempotent.
     */
    public synchronized void prepareBrokers() {
        if (brokersChecked) {
            return;
        }
        if (config.getBoolean(AppConfig.TOPICS_CREATE)) {
            createTopics();
        } else {
            createTopics(config, List.of());
        }
        brokersChecked = true;
    }

    /** {@link #prepareBrokers()} (unless done), then starts processing. */
    public synchronized void start() {
        prepareBrokers();
        init().start();
    }

    StreamThreadExceptionResponse onUncaught(Throwable e) {
        Optional<String> fatal = fatalCause(e);
        if (fatal.isPresent()) {
            fatalReason = fatal.get();
            LOG.error("Fatal error, shutting Kafka Streams down: {}. Fix the cause and restart.", fatalReason, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        synchronized (replacements) {
            Instant now = Instant.now();
            replacements.addLast(now);
            while (!replacements.isEmpty() && replacements.peekFirst().isBefore(now.minus(REPLACEMENT_WINDOW))) {
                replacements.removeFirst();
            }
            if (replacements.size() > MAX_REPLACEMENTS) {
                fatalReason = "stream threads failed " + replacements.size() + " times within "
                        + REPLACEMENT_WINDOW.toSeconds() + " s; last: " + e;
                LOG.error("Giving up: {}", fatalReason, e);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
        }
        LOG.warn("Stream thread failed, replacing it: {}", e.toString(), e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** A reason when the error cannot heal by retrying (credentials, ACLs, config, topology, broker version). */
    static Optional<String> fatalCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return Optional.of("authentication with the brokers failed (check sasl.*/ssl.* settings): "
                        + t.getMessage());
            }
            if (t instanceof AuthorizationException) {
                return Optional.of("not authorized (check ACLs for the topics, group and transactional id): "
                        + t.getMessage());
            }
            if (t instanceof MissingSourceTopicException) {
                return Optional.of("input topic missing (create it or set wirewatch.topics.create=true): "
                        + t.getMessage());
            }
            if (t instanceof org.apache.kafka.common.config.ConfigException) {
                return Optional.of("invalid configuration: " + t.getMessage());
            }
            if (t instanceof TopologyException) {
                return Optional.of("invalid topology: " + t.getMessage());
            }
            if (t instanceof UnsupportedVersionException) {
                return Optional.of("broker too old for this client: " + t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Topic names the service reads and writes. */
    public List<String> topicNames() {
        return List.of(settings.rawTopic(), settings.taggedTopic(), settings.claimsTopic(), settings.dailyTopic(),
                settings.alertsTopic(), settings.dlqTopic(), settings.referenceTopic());
    }

    /**
     * Creates whichever of {@link #topicNames()} do not exist yet, with {@link #topicConfigs()}. The
     * dead-letter topic also gets a {@code max.message.bytes} that fits what the Streams producer may send
     * ({@code producer.max.request.size}) when that is raised above the default, so whole oversized wires can
     * be dead-lettered.
     */
    public void createTopics() {
        Map<String, Map<String, String>> configs = new java.util.HashMap<>(topicConfigs());
        Map<String, Object> streamsConfig = new java.util.HashMap<>(config.kafkaProperties());
        int maxRequest = DeadLetterHandler.maxRequestSize(streamsConfig);
        if (maxRequest > DeadLetterHandler.DEFAULT_MAX_REQUEST_SIZE) {
            configs.put(settings.dlqTopic(), Map.of("max.message.bytes", String.valueOf(maxRequest)));
        }
        createTopics(config, topicNames(), configs);
    }

    /**
     * Topic configs of the outputs the service creates. Output records carry the article's event time
     * ({@code published}), so under the broker's time retention (7 days by default) a backfill's output, or
     * any article older than the retention, would be deleted right after it was written. So none of them
     * expires by time: the ledger (one latest value per claimant|day, like its changelog) is compacted; the
     * tagged articles, claims and alerts keep every record (compacting them would also hide a redelivered
     * article from anyone counting records). The reference is compacted too: one latest window per key, and
     * the topology reads it back as its table's changelog.
     */
    public Map<String, Map<String, String>> topicConfigs() {
        Map<String, String> keep = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        return Map.of(settings.taggedTopic(), keep, settings.claimsTopic(), keep, settings.alertsTopic(), keep,
                settings.dailyTopic(), compacted(), settings.referenceTopic(), compacted());
    }

    /** The config of a compacted topic: the latest value per key, kept forever. */
    public static Map<String, String> compacted() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }

    public static void createTopics(AppConfig config, List<String> names) {
        createTopics(config, names, Map.of());
    }

    /** Creates whichever of {@code names} do not exist yet; {@code configs} by topic name (missing = broker defaults). */
    public static void createTopics(AppConfig config, List<String> names, Map<String, Map<String, String>> configs) {
        int partitions = config.getInt(AppConfig.TOPICS_PARTITIONS);
        String rf = config.get(AppConfig.TOPICS_REPLICATION);
        Optional<Short> replication = rf == null ? Optional.empty() : Optional.of(Short.parseShort(rf));
        try (Admin admin = Admin.create(config.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, Optional.of(partitions), replication).configs(configs.getOrDefault(n, Map.of())))
                    .toList();
            if (missing.isEmpty()) {
                if (!names.isEmpty()) {
                    LOG.info("Topics present: {}", names);
                }
                return;
            }
            Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(missing).values();
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> r : results.entrySet()) {
                try {
                    r.getValue().get(30, TimeUnit.SECONDS);
                    LOG.info("Created topic {} ({} partitions, replication {}, config {})", r.getKey(), partitions,
                            replication.map(String::valueOf).orElse("broker default"), configs.getOrDefault(r.getKey(), Map.of()));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaException(describeFailure(config, "cannot create topic " + r.getKey() + " on",
                                e.getCause()), e.getCause());
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new KafkaException(describeFailure(config, "cannot list topics on", e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("no answer from " + config.get("bootstrap.servers") + " within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while creating topics", e);
        }
    }

    /**
     * One line an operator can act on: credentials and ACL problems named as such (they never heal by
     * retrying), with the brokers asked and the broker's own words; never a configuration value.
     */
    static String describeFailure(AppConfig config, String doing, Throwable cause) {
        String servers = config.get("bootstrap.servers");
        if (cause instanceof AuthenticationException) {
            return "Kafka authentication failed for bootstrap.servers=" + servers + " (security.protocol="
                    + config.get("security.protocol", "PLAINTEXT") + ", sasl.mechanism="
                    + config.get("sasl.mechanism", "GSSAPI") + "): " + cause.getMessage();
        }
        if (cause instanceof AuthorizationException) {
            return "Kafka authorization failed for bootstrap.servers=" + servers + " (check the ACLs of this user): "
                    + cause.getMessage();
        }
        return doing + " bootstrap.servers=" + servers + ": " + cause.getMessage();
    }

    /** Waits until RUNNING; false on timeout or when the client failed. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = state;
            if (s == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING
                    || s == KafkaStreams.State.PENDING_SHUTDOWN || s == KafkaStreams.State.PENDING_ERROR) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Closes with {@code wirewatch.close.timeout}. */
    @Override
    public void close() {
        close(closeTimeout);
    }

    public synchronized void close(Duration timeout) {
        KafkaStreams ks = streams;
        if (ks == null) {
            return;
        }
        Instant t0 = Instant.now();
        // Leaving the group lets a restarted instance take its tasks at once instead of after the
        // session timeout (45 s); with wirewatch.close.leave.group=false the slot is kept for a quick return.
        CloseOptions.GroupMembershipOperation membership = leaveGroupOnClose
                ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP : CloseOptions.GroupMembershipOperation.DEFAULT;
        boolean clean = ks.close(CloseOptions.timeout(timeout).withGroupMembershipOperation(membership));
        if (clean) {
            LOG.info("Kafka Streams closed in {} ms", Duration.between(t0, Instant.now()).toMillis());
        } else {
            LOG.warn("Kafka Streams did not close within {}; threads may still be running", timeout);
        }
    }
}

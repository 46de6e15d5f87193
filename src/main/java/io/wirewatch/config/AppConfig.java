package io.wirewatch.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The service's configuration, layered with one precedence, lowest first:
 * <ol>
 *   <li>built-in {@link #DEFAULTS};</li>
 *   <li>{@code <config dir>/application.properties};</li>
 *   <li>environment: {@code KAFKA_*} → Kafka keys, {@code WIREWATCH_*} → {@code wirewatch.*} keys;</li>
 *   <li>CLI flags ({@code --set key=value} and the specific flags).</li>
 * </ol>
 *
 * <p>Environment names follow the Confluent images' convention: drop the prefix ({@code KAFKA_} only;
 * {@code WIREWATCH_} stays as {@code wirewatch.}), lowercase, {@code _} → {@code .}, {@code __} →
 * {@code -}, {@code ___} → {@code _}. So {@code KAFKA_BOOTSTRAP_SERVERS} → {@code bootstrap.servers},
 * {@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}, {@code WIREWATCH_HTTP_PORT} →
 * {@code wirewatch.http.port}, {@code WIREWATCH_ALERT_MASS__ATTACK_THRESHOLD} →
 * {@code wirewatch.alert.mass-attack.threshold}. Launcher variables such as {@code KAFKA_HEAP_OPTS} are
 * not configuration and are skipped.
 *
 * <p>Keys starting {@code wirewatch.} are the application's ({@link #appKeys()}); every other key goes
 * unchanged to Kafka Streams and the clients ({@link #kafkaProperties()}), so SASL/SSL settings work as
 * Kafka users expect. Values of secret keys are masked wherever this class prints them.
 */
public final class AppConfig {
    public static final String APP_PREFIX = "wirewatch.";
    public static final String FILE_NAME = "application.properties";
    public static final String CONFIG_DIR = "wirewatch.config.dir";
    public static final String HTTP_HOST = "wirewatch.http.host";
    public static final String HTTP_PORT = "wirewatch.http.port";
    /** Bearer token for the HTTP API; required when {@link #HTTP_HOST} is not loopback. No default. */
    public static final String HTTP_TOKEN = "wirewatch.http.token";
    public static final String TOPICS_CREATE = "wirewatch.topics.create";
    public static final String TOPICS_PARTITIONS = "wirewatch.topics.partitions";
    public static final String TOPICS_REPLICATION = "wirewatch.topics.replication";
    public static final String EMBEDDED_HOST = "wirewatch.embedded.host";
    public static final String EMBEDDED_PORT = "wirewatch.embedded.port";
    public static final String EMBEDDED_DATA_DIR = "wirewatch.embedded.data.dir";
    public static final String CLOSE_TIMEOUT = "wirewatch.close.timeout";
    public static final String CLOSE_LEAVE_GROUP = "wirewatch.close.leave.group";

    /** Built-in defaults: the service runs with no file at all. Documented in {@code config/application.properties}. */
    public static final Map<String, String> DEFAULTS = defaults();

    private static final Set<String> ENV_NOT_CONFIG = Set.of("KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS",
            "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_DEBUG",
            "KAFKA_LOG_DIR", "KAFKA_CLUSTER_ID");
    private static final Pattern SECRET = Pattern.compile("password|secret|token|jaas", Pattern.CASE_INSENSITIVE);
    static final String MASK = "[hidden]";

    /** Where a value came from, for {@link #describe()}. */
    public enum Source { DEFAULT, FILE, ENV, CLI }

    private final Path configDir;
    private final Map<String, String> values;
    private final Map<String, Source> sources;

    private AppConfig(Path configDir, Map<String, String> values, Map<String, Source> sources) {
        this.configDir = configDir;
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("application.id", "wirewatch");
        d.put("bootstrap.servers", "127.0.0.1:9092");
        d.put("processing.guarantee", "exactly_once_v2");
        d.put("state.dir", "./data/streams");
        d.put("processing.exception.handler.global.enabled", "true");
        // One 16 KB batch holds ~15 one-KB articles; bigger batches and lz4 nearly triple EOS throughput.
        d.put("producer.batch.size", "262144");
        d.put("producer.compression.type", "lz4");
        d.put("producer.linger.ms", "10");
        d.put(CONFIG_DIR, "config");
        d.put(HTTP_HOST, "127.0.0.1");
        d.put(HTTP_PORT, "8080");
        d.put(TOPICS_CREATE, "true");
        d.put(TOPICS_PARTITIONS, "4");
        d.put(TOPICS_REPLICATION, "");
        d.put(EMBEDDED_HOST, "127.0.0.1");
        d.put(EMBEDDED_PORT, "9092");
        d.put(EMBEDDED_DATA_DIR, "./data/kafka");
        d.put(CLOSE_TIMEOUT, "PT30S");
        d.put(CLOSE_LEAVE_GROUP, "true");
        return Collections.unmodifiableMap(d);
    }

    /** Loads from the real process environment. */
    public static AppConfig load(Path configDirFlag, Map<String, String> cliOverrides) {
        return load(configDirFlag, System.getenv(), cliOverrides);
    }

    /**
     * @param configDirFlag the {@code --config} flag, or null: then {@code wirewatch.config.dir} from the
     *                      environment or CLI overrides, else {@code config}
     * @param env           the environment (injected for tests)
     * @param cliOverrides  {@code --set} pairs and specific flags, already as keys
     */
    public static AppConfig load(Path configDirFlag, Map<String, String> env, Map<String, String> cliOverrides) {
        Map<String, String> fromEnv = fromEnvironment(env);
        Path dir = configDirFlag != null ? configDirFlag
                : Path.of(firstNonBlank(cliOverrides.get(CONFIG_DIR), fromEnv.get(CONFIG_DIR), DEFAULTS.get(CONFIG_DIR)));
        Map<String, String> values = new TreeMap<>();
        Map<String, Source> sources = new TreeMap<>();
        put(values, sources, DEFAULTS, Source.DEFAULT);
        put(values, sources, readFile(dir.resolve(FILE_NAME)), Source.FILE);
        put(values, sources, fromEnv, Source.ENV);
        put(values, sources, cliOverrides, Source.CLI);
        values.put(CONFIG_DIR, dir.toString());
        return new AppConfig(dir, values, sources);
    }

    private static void put(Map<String, String> values, Map<String, Source> sources, Map<String, String> layer,
                            Source source) {
        layer.forEach((k, v) -> {
            values.put(k.trim(), v == null ? "" : v.trim());
            sources.put(k.trim(), source);
        });
    }

    private static Map<String, String> readFile(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** {@code KAFKA_*} and {@code WIREWATCH_*} variables as keys; everything else ignored. */
    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !ENV_NOT_CONFIG.contains(name)) {
                out.put(envToKey(name.substring("KAFKA_".length())), value);
            } else if (name.startsWith("WIREWATCH_")) {
                out.put(envToKey(name), value);
            }
        });
        return out;
    }

    /** {@code ___} → {@code _}, {@code __} → {@code -}, {@code _} → {@code .}, lowercased. */
    static String envToKey(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("___", "\u0000")
                .replace("__", "-")
                .replace('_', '.')
                .replace('\u0000', '_');
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.trim();
            }
        }
        return null;
    }

    public Path configDir() {
        return configDir;
    }

    /** Every merged value, secrets included: hand to code, never to a log. */
    public Map<String, String> all() {
        return values;
    }

    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v;
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null ? fallback : v;
    }

    public int getInt(String key) {
        String v = get(key);
        if (v == null) {
            throw new IllegalArgumentException("config key '" + key + "' is not set");
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config key '" + key + "' must be an integer, got '" + v + "'", e);
        }
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    /** The {@code wirewatch.*} keys, as {@code TopologySettings.from(...)} expects them. */
    public Map<String, String> appKeys() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(APP_PREFIX)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every non-{@code wirewatch.*} key with a value, for {@code StreamsConfig} and the Kafka clients. */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith(APP_PREFIX) && !v.isBlank()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Kafka properties for a plain client (producer, consumer, admin): Streams-only keys and the
     * {@code producer.}/{@code consumer.}/... prefixed ones dropped, so clients do not warn about them.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> out = new TreeMap<>();
        kafkaProperties().forEach((k, v) -> {
            if (isClientKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static boolean isClientKey(String k) {
        return k.equals("bootstrap.servers") || k.equals("client.dns.lookup") || k.startsWith("security.")
                || k.startsWith("sasl.") || k.startsWith("ssl.") || k.startsWith("request.timeout")
                || k.startsWith("metadata.") || k.startsWith("connections.max") || k.startsWith("reconnect.")
                || k.startsWith("retry.backoff") || k.startsWith("socket.") || k.startsWith("receive.buffer")
                || k.startsWith("send.buffer");
    }

    public Source sourceOf(String key) {
        return sources.get(key);
    }

    public static boolean isSecret(String key) {
        return SECRET.matcher(key).find();
    }

    /** The value as it may be printed: secrets replaced by {@value #MASK}. */
    public static String printable(String key, Object value) {
        return isSecret(key) && value != null && !value.toString().isEmpty() ? MASK : String.valueOf(value);
    }

    /** One {@code key=value (source)} line per key, secrets masked: for the start-up log. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append("  ").append(k).append('=').append(printable(k, v))
                .append("  (").append(sources.getOrDefault(k, Source.DEFAULT).name().toLowerCase(Locale.ROOT))
                .append(")\n"));
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AppConfig{dir=").append(configDir);
        values.forEach((k, v) -> sb.append(", ").append(k).append('=').append(printable(k, v)));
        return sb.append('}').toString();
    }
}

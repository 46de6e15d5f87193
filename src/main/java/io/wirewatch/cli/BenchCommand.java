package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.bench.BenchCorpus;
import io.wirewatch.bench.BenchWorker;
import io.wirewatch.bench.WireGenerator;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import io.wirewatch.model.Article;
import io.wirewatch.streams.StreamsRunner;
import io.wirewatch.streams.profile.StageProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: measured speed on an in-process broker (see docs/PERFORMANCE.md).
 *
 * <ol>
 *   <li>Produces {@code --messages} wires built from the corpus and samples ({@link WireGenerator}) into
 *       {@code bench.raw}, plus a smaller warm-up set.</li>
 *   <li>Warm-up: both applications once over the warm-up set (a cold broker is ~40% slower).</li>
 *   <li>Per guarantee: the pass-through ceiling (a Streams app copying the input, same configs) and the
 *       full topology (the production runner), each on a fresh application id, each in its own JVM
 *       ({@link BenchWorker}) so its heap and RSS are the service's own.</li>
 *   <li>Latency: the full topology under exactly_once_v2 fed at {@code --rate} msg/s; produce time (a
 *       header, carried through every stage) to the {@code news.tagged} record and to the
 *       {@code news.drone-daily} update, both read committed.</li>
 * </ol>
 * One output line per figure, prefixed {@code bench:}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput (pass-through ceiling vs full topology), latency and memory on an in-process broker.")
public final class BenchCommand implements Callable<Integer> {
    /** Produce time of a latency-run message, epoch microseconds, 8 bytes big-endian. */
    public static final String SENT_HEADER = "wirewatch.bench.sent";
    static final String EOS = "exactly_once_v2";
    static final String ALOS = "at_least_once";
    /** Issue 11: the full topology at a quarter of what Kafka itself moves, under either guarantee. */
    static final double RATIO_TARGET = 0.25;

    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--messages", defaultValue = "100000",
            description = "Messages per throughput run (default ${DEFAULT-VALUE}; the issue's N is 200000, ~12 min here).")
    int messages;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions of every topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--rate", defaultValue = "1000", description = "Latency run: msg/s (default ${DEFAULT-VALUE}; 0 skips it).")
    int rate;

    @Option(names = "--latency-seconds", defaultValue = "60",
            description = "Latency run: seconds of timed traffic (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--latency-warmup", defaultValue = "20000",
            description = "Latency run: messages sent first, as fast as taken, and awaited before the timed traffic, so "
                    + "the service JVM is JIT-warm (default ${DEFAULT-VALUE}).")
    int latencyWarmup;

    @Option(names = "--guarantee", defaultValue = "both",
            description = "both | exactly_once_v2 | at_least_once (default ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Shared dir or its corpus/ (default: WIREWATCH_SHARED, ../shared, /work/shared).")
    Path corpus;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Sample wires to add (default ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--per-day", defaultValue = "2000", description = "Stories per day of event time (default ${DEFAULT-VALUE}).")
    double perDay;

    @Option(names = "--service-heap", defaultValue = "512m", description = "-Xmx of the measured service JVMs (default ${DEFAULT-VALUE}).")
    String serviceHeap;

    @Option(names = "--service-jvm-opt", paramLabel = "OPT", description = "Extra JVM option for the service JVMs (repeatable), e.g. a JFR recording.")
    List<String> serviceJvmOpts = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", description = "Work dir (broker data, state, logs); kept. Default: a temp dir, deleted.")
    Path dir;

    PrintStream out = System.out;

    private Path work;
    private AppConfig config;
    private String bootstrap;
    private final Map<String, Map<String, String>> results = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        List<String> guarantees = switch (guarantee.toLowerCase(Locale.ROOT)) {
            case "both" -> List.of(EOS, ALOS);
            case EOS -> List.of(EOS);
            case ALOS -> List.of(ALOS);
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--guarantee must be both, exactly_once_v2 or at_least_once");
        };
        config = GlobalOptions.load(parent.global, global, Map.of());
        Path corpusDir = BenchCorpus.locate(corpus);
        List<Article> templates = BenchCorpus.load(corpusDir, samples);
        work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("wirewatch-bench-");
        Instant started = Instant.now();
        line("machine: nproc=%d, memory=%s, java=%s %s, load average at start=%s",
                Runtime.getRuntime().availableProcessors(), memTotal(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAverage());
        line("corpus: %d texts from %s and %s, %.1f KB average UTF-8; %d messages per run, %d partitions, work dir %s",
                templates.size(), corpusDir, samples, templates.stream().mapToLong(BenchCorpus::utf8Bytes).average().orElse(0) / 1024,
                messages, partitions, work);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().freePorts().dataDir(work.resolve("kafka")).build().start();
        try {
            bootstrap = broker.bootstrapServers();
            AppConfig admin = GlobalOptions.load(parent.global, global, Map.of("bootstrap.servers", bootstrap,
                    AppConfig.TOPICS_PARTITIONS, String.valueOf(partitions)));
            StreamsRunner.createTopics(admin, List.of("bench.raw", "bench.warmup.raw", "bench.latency.raw"));
            Instant start = WireGenerator.startFor(messages + warmupMessages(), perDay, Instant.now());
            WireGenerator gen = new WireGenerator(templates, 42, "bench", start, perDay, false);
            produce("bench.warmup.raw", gen, warmupMessages());
            long t0 = System.nanoTime();
            long bytes = produce("bench.raw", gen, messages);
            double secs = (System.nanoTime() - t0) / 1e9;
            line("produce: %d msgs, %.1f MB in %.1f s = %,.0f msg/s (%.1f MB/s)", messages, bytes / 1e6, secs,
                    messages / secs, bytes / 1e6 / secs);

            // Warm the broker (and the page cache) with both kinds of application before measuring.
            worker("warmup-passthrough", "passthrough", guarantees.get(0), "bench.warmup.raw", warmupMessages());
            worker("warmup-full", "full", guarantees.get(0), "bench.warmup.raw", warmupMessages());
            line("warm-up: %d msgs through both applications under %s (not counted)", warmupMessages(), guarantees.get(0));

            for (String g : guarantees) {
                Map<String, String> pt = worker(g + "-passthrough", "passthrough", g, "bench.raw", messages);
                double ptRate = rate(pt);
                line("%-16s pass-through ceiling: %,.0f msg/s (%d msgs in %.1f s)", g, ptRate, messages, secs(pt));
                Map<String, String> full = worker(g + "-full", "full", g, "bench.raw", messages);
                double fullRate = rate(full);
                line("%-16s full topology:        %,.0f msg/s (%d msgs in %.1f s)", g, fullRate, messages, secs(full));
                double target = RATIO_TARGET;
                line("%-16s ratio full/pass-through: %.3f (target >= %.2f: %s)", g, fullRate / ptRate, target,
                        fullRate / ptRate >= target ? "met" : "MISSED");
                line("%-16s full topology memory: heap peak %s (after-GC peak %s, -Xmx%s, %s GCs, %s ms in GC), RSS peak %s, CPU %.1f s",
                        g, mb(full, "heap.peak.bytes"), mb(full, "heap.after.gc.peak.bytes"), serviceHeap,
                        full.get("gc.count"), full.get("gc.time.ms"), mb(full, "rss.peak.bytes"),
                        Long.parseLong(full.getOrDefault("cpu.time.ms", "0")) / 1000.0);
                line("%-16s pass-through memory:  heap peak %s, RSS peak %s, CPU %.1f s", g, mb(pt, "heap.peak.bytes"),
                        mb(pt, "rss.peak.bytes"), Long.parseLong(pt.getOrDefault("cpu.time.ms", "0")) / 1000.0);
                profile(g, full, pt);
            }
            if (rate > 0 && latencySeconds > 0) {
                latency();
            }
            line("total: %.0f s; load average at end=%s", Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    loadAverage());
            return 0;
        } finally {
            broker.close();
            if (dir == null) {
                deleteTree(work);
            }
        }
    }

    private int warmupMessages() {
        return Math.max(2_000, Math.min(20_000, messages / 10));
    }

    // ------------------------------------------------------------------ producing

    private Map<String, Object> producerConfig() {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-bench");
        return p;
    }

    /** Sends {@code n} generated wires as fast as the producer takes them; returns the value bytes. */
    private long produce(String topic, WireGenerator gen, int n) {
        long bytes = 0;
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < n && failed.get() == null; i++) {
                WireGenerator.Wire w = gen.next();
                bytes += w.value().length;
                producer.send(new ProducerRecord<>(topic, w.key(), w.value()), (md, e) -> {
                    if (e != null) {
                        failed.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("producing to " + topic + " failed: " + failed.get(), failed.get());
        }
        return bytes;
    }

    // ------------------------------------------------------------------ service JVMs

    private Map<String, String> runSettings(String run, String mode, String g, String rawTopic, long expect) {
        Map<String, String> s = new LinkedHashMap<>(config.all());
        s.put("bootstrap.servers", bootstrap);
        s.put("application.id", "bench-" + run);
        s.put("processing.guarantee", g);
        s.put("state.dir", work.resolve("state").resolve(run).toString());
        // Completion is read from committed offsets, so commits must be frequent under both guarantees
        // (Kafka's default is 100 ms for exactly-once, 30 s for at-least-once); --set overrides it.
        s.putIfAbsent("commit.interval.ms", "100");
        s.put(AppConfig.TOPICS_CREATE, "true");
        s.put(AppConfig.TOPICS_PARTITIONS, String.valueOf(partitions));
        s.put("wirewatch.topic.raw", rawTopic);
        for (String t : List.of("tagged", "claims", "daily", "alerts", "dlq")) {
            s.put("wirewatch.topic." + t, "bench." + run + "." + t);
        }
        // Per-stage CPU for the measured full runs; the latency run stays as production runs (--set overrides).
        s.putIfAbsent(StageProfile.CONFIG, String.valueOf("full".equals(mode) && !run.equals("latency")));
        s.put("bench.mode", mode);
        s.put("bench.expect", String.valueOf(expect));
        s.put("bench.output", "bench." + run + ".copy");
        s.put("bench.config.dir", config.configDir().toAbsolutePath().toString());
        s.put("bench.timeout.ms", String.valueOf(Duration.ofMinutes(8).toMillis()));
        return s;
    }

    private Process startWorker(String run, Map<String, String> settings) throws IOException {
        Path runFile = work.resolve(run + ".run.properties");
        Properties p = new Properties();
        p.putAll(settings);
        try (Writer w = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
            p.store(w, "bench run " + run);
        }
        Path result = work.resolve(run + ".result.properties");
        Files.deleteIfExists(result);
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xmx" + serviceHeap);
        cmd.add("-Djava.io.tmpdir=" + work.resolve("tmp"));
        Files.createDirectories(work.resolve("tmp"));
        serviceJvmOpts.forEach(o -> cmd.add(o.replace("{run}", run)));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchWorker.class.getName());
        cmd.add(runFile.toString());
        cmd.add(result.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(run + ".log").toFile()).start();
    }

    private Map<String, String> awaitWorker(String run, Process p) throws IOException, InterruptedException {
        if (!p.waitFor(9, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bench run " + run + " did not finish; see " + work.resolve(run + ".log"));
        }
        Path result = work.resolve(run + ".result.properties");
        Map<String, String> r = read(result);
        if (p.exitValue() != 0 || r.containsKey("error")) {
            throw new IllegalStateException("bench run " + run + " failed: " + r.getOrDefault("error", "exit " + p.exitValue())
                    + "; log " + work.resolve(run + ".log") + tail(work.resolve(run + ".log")));
        }
        results.put(run, r);
        return r;
    }

    private Map<String, String> worker(String run, String mode, String g, String rawTopic, long expect) throws Exception {
        return awaitWorker(run, startWorker(run, runSettings(run, mode, g, rawTopic, expect)));
    }

    // ------------------------------------------------------------------ per-stage CPU

    /**
     * Where the full run's CPU went ({@code wirewatch.profile.stages}): every stage's self time, then the
     * same summed per group (analysis, serdes, each store, each repartition, ...), then what no stage holds:
     * the rest of the stream thread (polling, committing, flushing the record caches into RocksDB, Streams'
     * own bookkeeping) and the other threads (producer I/O, GC, JIT, RocksDB compaction). Percentages are of
     * the process's CPU between RUNNING and caught up.
     */
    private void profile(String g, Map<String, String> full, Map<String, String> pt) {
        List<String[]> stages = new ArrayList<>();
        for (int i = 0; full.containsKey("stage." + i); i++) {
            stages.add(full.get("stage." + i).split("\t"));
        }
        double run = Long.parseLong(full.getOrDefault("run.cpu.ns", "0"));
        if (stages.isEmpty() || run <= 0) {
            line("%-16s per-stage CPU: off (%s=false)", g, StageProfile.CONFIG);
            return;
        }
        long messagesIn = Long.parseLong(full.get("records"));
        line("%-16s full topology CPU %.1f s in the run (%.3f ms per message; pass-through %.3f ms), stage by stage "
                        + "(self time: nested stages taken out; calls = operations):", g, run / 1e9, run / 1e6 / messagesIn,
                Long.parseLong(pt.getOrDefault("run.cpu.ns", "0")) / 1e6 / messagesIn);
        line("  %-62s %-40s %10s %10s %7s", "stage", "group", "calls", "CPU ms", "% run");
        Map<String, double[]> groups = new LinkedHashMap<>();
        double attributed = 0;
        stages.sort(Comparator.comparingDouble((String[] st) -> -Double.parseDouble(st[3])));
        for (String[] st : stages) {
            double ns = Double.parseDouble(st[3]);
            long calls = Long.parseLong(st[2]);
            if (calls == 0) {
                continue;
            }
            attributed += ns;
            groups.computeIfAbsent(st[0], k -> new double[2])[0] += calls;
            groups.get(st[0])[1] += ns;
            if (ns / run >= 0.001) {
                line("  %-62s %-40s %,10d %,10.0f %6.1f%%", st[1], st[0], calls, ns / 1e6, 100 * ns / run);
            }
        }
        double stream = Long.parseLong(full.getOrDefault("streamthread.cpu.ns", "0"));
        line("  (stages under 0.1%% of the run not listed)");
        line("%-16s by group:", g);
        groups.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue()[1]))
                .forEach(e -> line("  %-62s %10.0f ms %6.1f%%", e.getKey(), e.getValue()[1] / 1e6, 100 * e.getValue()[1] / run));
        line("  %-62s %10.0f ms %6.1f%%", "stream thread, in no stage (poll, commit, cache flush to RocksDB, Streams)",
                (stream - attributed) / 1e6, 100 * (stream - attributed) / run);
        line("  %-62s %10.0f ms %6.1f%%", "other threads, all", (run - stream) / 1e6, 100 * (run - stream) / run);
        double named = 0;
        for (var e : full.entrySet().stream().filter(e -> e.getKey().startsWith("threads."))
                .sorted(Comparator.comparingLong((Map.Entry<String, String> e) -> -Long.parseLong(e.getValue()))).toList()) {
            double ns = Long.parseLong(e.getValue());
            named += ns;
            line("    %-60s %10.0f ms %6.1f%%", e.getKey().substring("threads.".length()), ns / 1e6, 100 * ns / run);
        }
        line("    %-60s %10.0f ms %6.1f%%", "threads gone before the end, rounding", (run - stream - named) / 1e6,
                100 * (run - stream - named) / run);
    }

    // ------------------------------------------------------------------ latency

    private void latency() throws Exception {
        String run = "latency";
        int total = rate * latencySeconds;
        Map<String, String> settings = runSettings(run, "full", EOS, "bench.latency.raw", (long) latencyWarmup + total);
        Process p = startWorker(run, settings);
        Path ready = work.resolve(run + ".result.properties.ready");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(ready)) {
            if (!p.isAlive() || System.currentTimeMillis() > deadline) {
                awaitWorker(run, p);
                throw new IllegalStateException("latency run never became ready");
            }
            Thread.sleep(50);
        }
        LatencyProbe tagged = new LatencyProbe(settings.get("wirewatch.topic.tagged"));
        LatencyProbe daily = new LatencyProbe(settings.get("wirewatch.topic.daily"));
        tagged.start();
        daily.start();
        List<Article> templates = BenchCorpus.load(BenchCorpus.locate(corpus), samples);
        WireGenerator gen = new WireGenerator(templates, 7, "live", Instant.now(), perDay, true);
        // A fresh JVM analyses several times slower until the JIT has compiled the text code: warm it with
        // untimed traffic and wait until it has caught up, so the timed part measures the service, not its start.
        produce("bench.latency.raw", gen, latencyWarmup);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", bootstrap))) {
            long warmDeadline = System.currentTimeMillis() + 300_000;
            while (!BenchWorker.caughtUp(admin, settings.get("application.id"), "bench.latency.raw", latencyWarmup, true)) {
                if (!p.isAlive() || System.currentTimeMillis() > warmDeadline) {
                    throw new IllegalStateException("latency run did not catch up with its warm-up traffic");
                }
                Thread.sleep(100);
            }
        }
        long warmUntilMicros = epochMicros(Instant.now());
        Map<String, Object> pc = producerConfig();
        pc.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long t0 = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pc, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < total; i++) {
                long due = t0 + i * periodNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                WireGenerator.Wire w = gen.next();
                ProducerRecord<String, byte[]> r = new ProducerRecord<>("bench.latency.raw", w.key(), w.value());
                r.headers().add(SENT_HEADER, ByteBuffer.allocate(8).putLong(epochMicros(Instant.now())).array());
                producer.send(r);
            }
            producer.flush();
        }
        double achieved = total / ((System.nanoTime() - t0) / 1e9);
        awaitWorker(run, p);
        tagged.stop(Duration.ofSeconds(5));
        daily.stop(Duration.ofSeconds(2));
        line("latency exactly_once_v2 at %,.0f msg/s for %d s (commit.interval.ms=%s, after %d warm-up msgs caught up):",
                achieved, latencySeconds, settings.get("commit.interval.ms"), latencyWarmup);
        report("produce -> news.tagged", tagged.latencies(warmUntilMicros), 1000);
        report("produce -> news.drone-daily", daily.latencies(warmUntilMicros), -1);
        Map<String, String> r = results.get(run);
        line("latency run memory: heap peak %s (after-GC peak %s), RSS peak %s", mb(r, "heap.peak.bytes"),
                mb(r, "heap.after.gc.peak.bytes"), mb(r, "rss.peak.bytes"));
    }

    private void report(String what, long[] micros, long targetP99Ms) {
        if (micros.length == 0) {
            line("  %-28s no records seen", what);
            return;
        }
        Arrays.sort(micros);
        double p50 = micros[(int) Math.min(micros.length - 1, Math.floor(micros.length * 0.50))] / 1000.0;
        double p99 = micros[(int) Math.min(micros.length - 1, Math.floor(micros.length * 0.99))] / 1000.0;
        double max = micros[micros.length - 1] / 1000.0;
        String target = targetP99Ms < 0 ? "" : String.format(Locale.ROOT, " (target p99 < %d ms: %s)", targetP99Ms,
                p99 < targetP99Ms ? "met" : "MISSED");
        line("  %-28s p50 %.0f ms, p99 %.0f ms, max %.0f ms, n=%d%s", what, p50, p99, max, micros.length, target);
    }

    /** Reads one output topic committed-only and keeps produce→seen latencies of records carrying the header. */
    private final class LatencyProbe {
        private final String topic;
        private final List<long[]> seen = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        LatencyProbe(String topic) {
            this.topic = topic;
            this.thread = new Thread(this::loop, "bench-latency-" + topic);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            Map<String, Object> c = new HashMap<>(config.clientProperties());
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> tps = new ArrayList<>();
                for (PartitionInfo pi : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    tps.add(new TopicPartition(topic, pi.partition()));
                }
                consumer.assign(tps);
                consumer.seekToBeginning(tps);
                while (running) {
                    var records = consumer.poll(Duration.ofMillis(20));
                    long now = epochMicros(Instant.now());
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        Header h = r.headers().lastHeader(SENT_HEADER);
                        if (h != null && h.value().length == 8) {
                            long sent = ByteBuffer.wrap(h.value()).getLong();
                            synchronized (seen) {
                                seen.add(new long[] {sent, now - sent});
                            }
                        }
                    }
                }
            }
        }

        void stop(Duration linger) throws InterruptedException {
            Thread.sleep(linger.toMillis());
            running = false;
            thread.join(10_000);
        }

        long[] latencies(long fromSentMicros) {
            synchronized (seen) {
                return seen.stream().filter(s -> s[0] >= fromSentMicros).mapToLong(s -> s[1]).toArray();
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void line(String format, Object... args) {
        out.println("bench: " + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static double secs(Map<String, String> r) {
        return Long.parseLong(r.get("elapsed.ms")) / 1000.0;
    }

    private static double rate(Map<String, String> r) {
        return Long.parseLong(r.get("records")) / Math.max(0.001, secs(r));
    }

    private static String mb(Map<String, String> r, String key) {
        long v = Long.parseLong(r.getOrDefault(key, "-1"));
        return v < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", v / 1048576.0);
    }

    static long epochMicros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String memTotal() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: could not delete " + root + ": " + e.getMessage());
        }
    }
}

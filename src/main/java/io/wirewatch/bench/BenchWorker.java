package io.wirewatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.wirewatch.config.AppConfig;
import io.wirewatch.streams.NewsTopology;
import io.wirewatch.streams.StreamsRunner;
import io.wirewatch.streams.TopologySettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * One measured run of {@code bench}, in its own JVM so that its heap and RSS are the service's alone (the
 * broker and the load generator live in the parent). Usage:
 * {@code BenchWorker <run.properties> <result.properties>}.
 *
 * <p>The run file holds every setting (the service's merged configuration plus {@code bench.*} keys):
 * {@code bench.mode} = {@code full} (the production {@link StreamsRunner}, hence {@link NewsTopology#build})
 * or {@code passthrough} (the input copied to {@code bench.output}); {@code bench.expect} = input records
 * to process; {@code bench.timeout.ms}. The run is done when the application's committed offsets have
 * reached the end of its input topic and of every repartition topic: then every output is written (and,
 * under exactly-once, committed). The result file gets the timings and memory figures.
 */
public final class BenchWorker {
    private static final long POLL_MS = 50;

    private BenchWorker() {
    }

    public static void main(String[] args) throws Exception {
        Properties run = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            run.load(r);
        }
        Path resultFile = Path.of(args[1]);
        Map<String, String> result = new LinkedHashMap<>();
        MemoryWatch memory = MemoryWatch.start();
        int rc = 0;
        try {
            runOnce(run, result, resultFile);
        } catch (Exception | Error e) {
            result.put("error", e.toString());
            rc = 1;
        }
        result.putAll(memory.stop());
        write(resultFile, result);
        System.exit(rc);
    }

    private static void runOnce(Properties run, Map<String, String> result, Path resultFile) throws Exception {
        Map<String, String> settings = new HashMap<>();
        run.stringPropertyNames().stream().filter(k -> !k.startsWith("bench."))
                .forEach(k -> settings.put(k, run.getProperty(k)));
        AppConfig config = AppConfig.load(Path.of(run.getProperty("bench.config.dir")), Map.of(), settings);
        String mode = run.getProperty("bench.mode");
        long expect = Long.parseLong(run.getProperty("bench.expect"));
        long timeoutMs = Long.parseLong(run.getProperty("bench.timeout.ms", "600000"));
        TopologySettings topo = TopologySettings.from(config.appKeys());
        String appId = config.get(StreamsConfig.APPLICATION_ID_CONFIG);
        boolean eos = config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "").startsWith("exactly_once");

        // The per-stage profile (wirewatch.profile.stages) is read back from its Micrometer meters.
        SimpleMeterRegistry stageMeters = new SimpleMeterRegistry();
        Metrics.addRegistry(stageMeters);
        StreamsRunner runner = null;
        KafkaStreams streams;
        if ("full".equals(mode)) {
            runner = StreamsRunner.create(config);
            runner.start();
            streams = runner.streams().orElseThrow();
        } else {
            String output = run.getProperty("bench.output");
            StreamsRunner.createTopics(config, List.of(output));
            StreamsBuilder b = new StreamsBuilder();
            b.stream(topo.rawTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                    .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
            Properties p = NewsTopology.streamsConfig(topo, config.kafkaProperties());
            streams = new KafkaStreams(b.build(), p);
            streams.start();
        }
        try (Admin admin = Admin.create(config.clientProperties())) {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (streams.state() != KafkaStreams.State.RUNNING) {
                if (System.currentTimeMillis() > deadline || !streams.state().isRunningOrRebalancing()
                        && streams.state() != KafkaStreams.State.CREATED) {
                    throw new IllegalStateException("streams did not reach RUNNING: " + streams.state());
                }
                Thread.sleep(20);
            }
            long t0 = System.currentTimeMillis();
            CpuSnapshot before = CpuSnapshot.take(stageMeters);
            result.put("running.epoch.ms", String.valueOf(t0));
            write(resultFile.resolveSibling(resultFile.getFileName() + ".ready"), Map.of("t0", String.valueOf(t0)));
            while (!caughtUp(admin, appId, topo.rawTopic(), expect, eos)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("not caught up within " + timeoutMs + " ms");
                }
                if (!streams.state().isRunningOrRebalancing()) {
                    throw new IllegalStateException("streams stopped: " + streams.state());
                }
                Thread.sleep(POLL_MS);
            }
            long t1 = System.currentTimeMillis();
            CpuSnapshot.take(stageMeters).minus(before).into(result);
            result.put("done.epoch.ms", String.valueOf(t1));
            result.put("elapsed.ms", String.valueOf(t1 - t0));
            result.put("records", String.valueOf(expect));
        } finally {
            if (runner != null) {
                runner.close(Duration.ofSeconds(30));
            } else {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    /**
     * True when the group's committed offsets cover the input topic (exactly {@code expect} records) and
     * every repartition topic. Under exactly-once the last offset of a written partition is a transaction
     * marker, which a committed offset may stop short of.
     */
    public static boolean caughtUp(Admin admin, String appId, String rawTopic, long expect, boolean eos) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(appId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long raw = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(rawTopic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
        if (raw < expect) {
            return false;
        }
        Set<String> repartition = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(appId + "-") && t.endsWith("-repartition")).collect(Collectors.toSet());
        if (repartition.isEmpty()) {
            return true;
        }
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        for (TopicDescription d : admin.describeTopics(repartition).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        var ends = admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS);
        for (var e : ends.entrySet()) {
            long end = e.getValue().offset();
            OffsetAndMetadata c = committed.get(e.getKey());
            long at = c == null ? 0 : c.offset();
            if (at < end - (eos && end > 0 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * CPU of the run: the process, its stream threads, and each profiled stage ({@code wirewatch.stage.*}
     * meters). Taken when the run starts and when it is done, so JVM start-up and close are not in it.
     */
    record CpuSnapshot(long processNanos, long streamThreadNanos, Map<String, double[]> stages, Map<String, Long> threads) {
        static CpuSnapshot take(MeterRegistry meters) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long stream = 0;
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t == null) {
                    continue;
                }
                long cpu = Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
                String name = t.getThreadName();
                // The producer's I/O thread is named after its client id, which names the stream thread too.
                if (name.contains("-StreamThread-") && !name.startsWith("kafka-producer-network-thread")) {
                    stream += cpu;
                } else {
                    byKind.merge(javaThreadKind(name), cpu, Long::sum);
                }
            }
            nativeThreads().forEach((k, v) -> byKind.merge(k, v, Long::sum));
            Map<String, double[]> stages = new LinkedHashMap<>();
            for (FunctionCounter c : meters.find("wirewatch.stage.cpu").functionCounters()) {
                String name = c.getId().getTag("stage");
                FunctionCounter calls = meters.find("wirewatch.stage.calls").tag("stage", name).functionCounter();
                stages.put(c.getId().getTag("group") + "\t" + name,
                        new double[] {calls == null ? 0 : calls.count(), c.count() * 1e9});
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new CpuSnapshot(os.getProcessCpuTime(), stream, stages, byKind);
        }

        private static String javaThreadKind(String name) {
            if (name.startsWith("kafka-producer-network-thread")) {
                return "producer network threads";
            }
            if (name.contains("heartbeat") || name.contains("consumer")) {
                return "consumer background threads";
            }
            return "other Java threads";
        }

        /**
         * Threads the JVM does not list (GC workers, JIT compilers, RocksDB's flush and compaction threads), by
         * their Linux thread name, from {@code /proc/self/task/<tid>/stat} (utime + stime, in 1/100 s ticks).
         */
        private static Map<String, Long> nativeThreads() {
            Map<String, Long> out = new LinkedHashMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (IOException gone) {
                        continue;
                    }
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String kind = comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "GC threads"
                            : comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "JIT compiler threads"
                            : comm.startsWith("rocksdb") ? "RocksDB background threads"
                            : comm.startsWith("VM ") ? "JVM VM thread" : null;
                    if (kind == null) {
                        continue;
                    }
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // Fields after the name: state is 0, utime 11, stime 12 (stat(5) numbers them 3, 14, 15).
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.merge(kind, ticks * 10_000_000L, Long::sum);
                }
            } catch (IOException | RuntimeException e) {
                return out;
            }
            return out;
        }

        CpuSnapshot minus(CpuSnapshot earlier) {
            Map<String, double[]> d = new LinkedHashMap<>();
            stages.forEach((k, v) -> {
                double[] e = earlier.stages.getOrDefault(k, new double[2]);
                d.put(k, new double[] {v[0] - e[0], v[1] - e[1]});
            });
            Map<String, Long> t = new LinkedHashMap<>();
            threads.forEach((k, v) -> t.put(k, v - earlier.threads.getOrDefault(k, 0L)));
            return new CpuSnapshot(processNanos - earlier.processNanos, streamThreadNanos - earlier.streamThreadNanos, d, t);
        }

        /** {@code run.cpu.ns}, {@code streamthread.cpu.ns}, and per stage {@code stage.N = group<TAB>name<TAB>calls<TAB>ns}. */
        void into(Map<String, String> result) {
            result.put("run.cpu.ns", String.valueOf(processNanos));
            result.put("streamthread.cpu.ns", String.valueOf(streamThreadNanos));
            threads.forEach((k, v) -> result.put("threads." + k, String.valueOf(v)));
            int i = 0;
            for (var e : stages.entrySet()) {
                result.put("stage." + i++, e.getKey() + "\t" + (long) e.getValue()[0] + "\t" + (long) e.getValue()[1]);
            }
        }
    }

    static void write(Path file, Map<String, String> values) throws IOException {
        Properties p = new Properties();
        p.putAll(values);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Heap and RSS while the run lasts: heap used sampled every 20 ms (its peak is what the heap had to
     * hold, garbage included), the largest heap left after a collection (an upper bound of the live set:
     * after a young collection the old generation still holds whatever garbage was promoted), GC count and
     * time, and the process's peak RSS ({@code VmHWM}).
     */
    static final class MemoryWatch {
        private final AtomicLong sampledPeak = new AtomicLong();
        private final AtomicLong afterGcPeak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private MemoryWatch() {
            this.sampler = new Thread(() -> {
                var bean = ManagementFactory.getMemoryMXBean();
                while (running) {
                    sampledPeak.accumulateAndGet(bean.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-memory-sampler");
            sampler.setDaemon(true);
        }

        static MemoryWatch start() {
            MemoryWatch w = new MemoryWatch();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, hb) -> {
                        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            return;
                        }
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (isHeapPool(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        w.afterGcPeak.accumulateAndGet(used, Math::max);
                    }, null, null);
                }
            }
            w.sampler.start();
            return w;
        }

        private static boolean isHeapPool(String name) {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getName().equals(name)) {
                    return p.getType() == MemoryType.HEAP;
                }
            }
            return false;
        }

        Map<String, String> stop() {
            running = false;
            sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            Map<String, String> out = new LinkedHashMap<>();
            out.put("heap.peak.bytes", String.valueOf(sampledPeak.get()));
            out.put("heap.after.gc.peak.bytes", String.valueOf(afterGcPeak.get()));
            out.put("heap.max.bytes", String.valueOf(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()));
            long count = 0;
            long time = 0;
            List<String> names = new ArrayList<>();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                time += Math.max(0, gc.getCollectionTime());
                names.add(gc.getName());
            }
            out.put("gc.count", String.valueOf(count));
            out.put("gc.time.ms", String.valueOf(time));
            out.put("rss.peak.bytes", String.valueOf(vmHwm()));
            out.put("cpu.time.ms", String.valueOf(processCpuMs()));
            return out;
        }

        /** Peak resident set size from {@code /proc/self/status} (Linux), -1 elsewhere. */
        static long vmHwm() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
            return -1;
        }

        static long processCpuMs() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                return sun.getProcessCpuTime() / 1_000_000;
            }
            return -1;
        }
    }
}

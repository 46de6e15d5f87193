package io.wirewatch.streams.profile;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Metrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-stage CPU of the topology ({@code wirewatch.profile.stages=true}; the bench sets it, the service never
 * does): thread CPU time, charged to whichever stage is running on the thread at that moment.
 *
 * <p>Stages nest (a processor forwards to its child inside its own {@code process}, a store put serializes
 * inside the put, a sink sends inside its parent): each stage is charged its <em>self</em> time only, the
 * nested stage's time being taken out of its parent's. So the rows add up to the attributed CPU, never
 * more, and "analysis" is the analyzer alone, not the analyzer plus everything downstream of it.
 *
 * <p>Off, nothing is wrapped: no decorator is installed in the topology or the clients ({@link #on()} is
 * read once where the decorators would be made), and a serde pays one static field read per call.
 *
 * <p>Every stage is a pair of Micrometer function counters on the global registry,
 * {@code wirewatch.stage.cpu} (seconds) and {@code wirewatch.stage.calls}, tagged {@code stage} and
 * {@code group}; the bench reads them back to print its table, {@code /metrics} shows them.
 */
public final class StageProfile {
    public static final String CONFIG = "wirewatch.profile.stages";
    private static final Logger LOG = LoggerFactory.getLogger(StageProfile.class);

    /** Kept as a plain static: written once before any stream thread starts (thread start orders it). */
    private static boolean on;
    private static String appIdPrefix = "";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, Stage> STAGES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Tracker> TRACKER = ThreadLocal.withInitial(Tracker::new);

    private StageProfile() {
    }

    /** Turns profiling on for this JVM; {@code applicationId} is cut from internal topic names in stage names. */
    public static synchronized void enable(String applicationId) {
        appIdPrefix = applicationId == null ? "" : applicationId + "-";
        on = true;
    }

    /**
     * Turns profiling on and returns the builder to build the topology with: Streams itself wraps every
     * processor ({@code processor.wrapper.class}) and makes the producers ({@code default.client.supplier}),
     * so the topology is built by the same code as in production. {@code streamsProps} gets both keys.
     */
    public static StreamsBuilder install(Properties streamsProps) {
        enable(streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        streamsProps.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, ProfilingProcessorWrapper.class);
        streamsProps.put(StreamsConfig.DEFAULT_CLIENT_SUPPLIER_CONFIG, ProfilingClientSupplier.class);
        LOG.info("Per-stage CPU profiling on ({}=true)", CONFIG);
        return new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProps)));
    }

    public static boolean on() {
        return on;
    }

    /** One line of the profile: self CPU and calls, since the JVM started. */
    public static final class Stage {
        private final String name;
        private final String group;
        private final LongAdder calls = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        private Stage(String name, String group) {
            this.name = name;
            this.group = group;
        }

        public String name() {
            return name;
        }

        public String group() {
            return group;
        }

        public long calls() {
            return calls.sum();
        }

        public long cpuNanos() {
            return nanos.sum();
        }
    }

    /** The stage of this name, made (and registered as meters) on first use. */
    public static Stage stage(String name, String group) {
        return STAGES.computeIfAbsent(name, n -> {
            Stage s = new Stage(n, group);
            FunctionCounter.builder("wirewatch.stage.cpu", s, st -> st.cpuNanos() / 1e9)
                    .description("CPU seconds spent in the stage itself (nested stages excluded)")
                    .baseUnit("seconds").tags("stage", n, "group", group).register(Metrics.globalRegistry);
            FunctionCounter.builder("wirewatch.stage.calls", s, Stage::calls)
                    .description("Times the stage ran").tags("stage", n, "group", group).register(Metrics.globalRegistry);
            return s;
        });
    }

    public static List<Stage> stages() {
        List<Stage> all = new ArrayList<>(STAGES.values());
        all.sort(Comparator.comparing(Stage::name));
        return all;
    }

    /** {@code f} itself when profiling is off, else {@code f} charged to {@code stage}. */
    public static <A, R> Function<A, R> timed(String stage, String group, Function<A, R> f) {
        if (!on) {
            return f;
        }
        Stage s = stage(stage, group);
        return a -> timed(s, () -> f.apply(a));
    }

    /** Runs {@code op} with its CPU charged to {@code stage} (nested stages take their own share). */
    static <R> R timed(Stage stage, Supplier<R> op) {
        enter(stage);
        try {
            return op.get();
        } finally {
            exit();
        }
    }

    /** {@link #timed(Stage, Supplier)} for an operation with no result. */
    static void timed(Stage stage, Runnable op) {
        enter(stage);
        try {
            op.run();
        } finally {
            exit();
        }
    }

    /**
     * A short name for a topic: internal topics lose the application id, so that runs under different ids
     * (the bench's) give the same stage names.
     */
    static String topicLabel(String topic) {
        if (topic == null) {
            return "?";
        }
        return !appIdPrefix.isEmpty() && topic.startsWith(appIdPrefix) ? topic.substring(appIdPrefix.length()) : topic;
    }

    static void enter(Stage s) {
        Tracker t = TRACKER.get();
        long now = THREADS.getCurrentThreadCpuTime();
        if (t.depth > 0) {
            t.stack[t.depth - 1].nanos.add(now - t.last);
        }
        if (t.depth == t.stack.length) {
            t.stack = java.util.Arrays.copyOf(t.stack, t.depth * 2);
        }
        t.stack[t.depth++] = s;
        s.calls.increment();
        t.last = now;
    }

    static void exit() {
        Tracker t = TRACKER.get();
        long now = THREADS.getCurrentThreadCpuTime();
        t.stack[--t.depth].nanos.add(now - t.last);
        t.stack[t.depth] = null;
        t.last = now;
    }

    /** The stages open on one thread, innermost last, and when the innermost last had the CPU charged to it. */
    private static final class Tracker {
        Stage[] stack = new Stage[16];
        int depth;
        long last;
    }
}

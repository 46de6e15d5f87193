package io.wirewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that work grows linearly with input, without asserting any speed: the least CPU time of a few
 * runs at {@code n} against the least at {@code n/4}, the runs of both sizes taken in turn. Linear work gives a
 * ratio near 4, quadratic near 16; the bound, {@value #MAX_RATIO}, leaves a wide margin either way for a busy
 * shared machine. CPU time of the working thread, not wall time, so neighbours on the machine count less; the
 * least of the runs, because a busy neighbour (cache, memory bandwidth, a shared core) only ever adds time, and
 * in turn, so a spell of load falls on both sizes. A median of three runs of each size one after the other
 * still read 16.7 for linear work on a loaded machine.
 *
 * <p>Each run also sits under a hang guard, {@link #HANG_GUARD}, at least ten times the slowest figure
 * measured on the 2-core build machine (3.1 s for a 1 MB sentence of claims). Speed itself is measured
 * by the benchmark ({@code bin/wirewatch bench}, {@code AnalyzerBenchmark}).
 */
public final class LinearGrowth {
    /** Between linear (4) and quadratic (16) growth for a 4x larger input. */
    public static final double MAX_RATIO = 10.0;
    /** Only a hang or a blow-up by orders of magnitude reaches this. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /** Below this the large input's time is mostly noise, and no super-linear blow-up is that fast at 1 MB. */
    static final Duration TOO_SHORT_TO_COMPARE = Duration.ofMillis(30);
    private static final int RUNS = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LinearGrowth() {
    }

    /** What the runs measured, for the test output. */
    public record Figures(Duration small, Duration large, double ratio) {
        @Override
        public String toString() {
            return String.format("least cpu %d ms at n/4, %d ms at n, ratio %.1f", small.toMillis(), large.toMillis(),
                    ratio);
        }
    }

    /**
     * Runs {@code work} on {@code input.apply(n / 4)} and {@code input.apply(n)}, {@value #RUNS} times each in
     * turn, and asserts the ratio of the least times; returns the figures.
     */
    public static <T> Figures assertLinear(String what, int n, IntFunction<T> input, Consumer<T> work) {
        T small = input.apply(n / 4);
        T large = input.apply(n);
        long smallLeast = Long.MAX_VALUE;
        long largeLeast = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            smallLeast = Math.min(smallLeast, cpu(what, small, work));
            largeLeast = Math.min(largeLeast, cpu(what, large, work));
        }
        double ratio = largeLeast / (double) Math.max(1, smallLeast);
        Figures figures = new Figures(Duration.ofNanos(smallLeast), Duration.ofNanos(largeLeast), ratio);
        if (figures.large().compareTo(TOO_SHORT_TO_COMPARE) > 0) {
            assertThat(ratio).as("%s: CPU time at n=%d over n/4 (%s); linear is ~4, quadratic ~16", what, n, figures)
                    .isLessThan(MAX_RATIO);
        }
        return figures;
    }

    private static <T> long cpu(String what, T input, Consumer<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long t0 = CPU.getCurrentThreadCpuTime();
            work.accept(input);
            return CPU.getCurrentThreadCpuTime() - t0;
        }, () -> what + ": one run took over " + HANG_GUARD);
    }
}

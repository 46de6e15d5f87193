package io.wirewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that work grows linearly with input, without asserting any speed: the median CPU time of a few
 * runs at {@code n} against the median at {@code n/4}. Linear work gives a ratio near 4, quadratic near 16;
 * the bound, {@value #MAX_RATIO}, leaves a wide margin either way for a busy shared machine. CPU time of the
 * working thread, not wall time, so neighbours on the machine count less.
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
    /** Below this the large input's median is mostly noise, and no super-linear blow-up is that fast at 1 MB. */
    static final Duration TOO_SHORT_TO_COMPARE = Duration.ofMillis(30);
    private static final int RUNS = 3;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LinearGrowth() {
    }

    /** What the runs measured, for the test output. */
    public record Figures(Duration small, Duration large, double ratio) {
        @Override
        public String toString() {
            return String.format("median cpu %d ms at n/4, %d ms at n, ratio %.1f", small.toMillis(), large.toMillis(),
                    ratio);
        }
    }

    /**
     * Runs {@code work} on {@code input.apply(n / 4)} and {@code input.apply(n)}, {@value #RUNS} times each, and
     * asserts the ratio of medians; returns the figures.
     */
    public static <T> Figures assertLinear(String what, int n, IntFunction<T> input, Consumer<T> work) {
        T small = input.apply(n / 4);
        T large = input.apply(n);
        Duration smallMedian = median(what, small, work);
        Duration largeMedian = median(what, large, work);
        double ratio = largeMedian.toNanos() / (double) Math.max(1, smallMedian.toNanos());
        Figures figures = new Figures(smallMedian, largeMedian, ratio);
        if (largeMedian.compareTo(TOO_SHORT_TO_COMPARE) > 0) {
            assertThat(ratio).as("%s: CPU time at n=%d over n/4 (%s); linear is ~4, quadratic ~16", what, n, figures)
                    .isLessThan(MAX_RATIO);
        }
        return figures;
    }

    private static <T> Duration median(String what, T input, Consumer<T> work) {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nanos[i] = assertTimeoutPreemptively(HANG_GUARD, () -> {
                long t0 = CPU.getCurrentThreadCpuTime();
                work.accept(input);
                return CPU.getCurrentThreadCpuTime() - t0;
            }, () -> what + ": one run took over " + HANG_GUARD);
        }
        Arrays.sort(nanos);
        return Duration.ofNanos(nanos[RUNS / 2]);
    }
}

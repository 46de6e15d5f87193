package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    private final List<Integer> seen = new ArrayList<>();

    private static Consumer<Consumer<Integer>> numbers(int n) {
        return emit -> IntStream.range(0, n).forEach(emit::accept);
    }

    @Test
    void shouldHandOverResultsInInputOrderWhenLaterItemsFinishFirst() throws InterruptedException {
        // Every tenth item is slow: the ones after it finish first and must wait for it.
        OrderedParallel.run(numbers(500), i -> 1, i -> {
            if (i % 10 == 0) {
                LockSupport.parkNanos(200_000);
            }
            return i * 2;
        }, seen::add, new OrderedParallel.Limits(4, 8, 3, Long.MAX_VALUE), "test");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    }

    @Test
    void shouldHandOverEverythingBeforeAFailedItemThenRethrowItsException() {
        assertThatThrownBy(() -> OrderedParallel.run(numbers(100), i -> 1, i -> {
            if (i == 37) {
                throw new IllegalStateException("item 37");
            }
            return i;
        }, seen::add, new OrderedParallel.Limits(3, 4, 5, Long.MAX_VALUE), "test")).isInstanceOf(IllegalStateException.class).hasMessage("item 37");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 37).boxed().toList());
    }

    @Test
    void shouldHandOverEverythingReadBeforeTheSourceFailedThenRethrowItsException() {
        Consumer<Consumer<Integer>> failing = emit -> {
            IntStream.range(0, 20).forEach(emit::accept);
            throw new IllegalArgumentException("second file: no such file or directory");
        };

        assertThatThrownBy(() -> OrderedParallel.run(failing, i -> 1, i -> i, seen::add, new OrderedParallel.Limits(2, 4, 3, Long.MAX_VALUE), "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("second file: no such file or directory");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void shouldNeverReadMoreThanTheWindowAheadOfTheSink() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        OrderedParallel.Limits limits = new OrderedParallel.Limits(2, 5, 4, Long.MAX_VALUE);
        Consumer<Consumer<Integer>> counting = emit -> IntStream.range(0, 400).forEach(i -> {
            read.incrementAndGet();
            emit.accept(i);
        });

        OrderedParallel.run(counting, i -> 1, i -> i, i -> {
            // Not yet handed over: the rest of this batch, the window, and the batch the reader is filling.
            assertThat(read.get() - (i + 1)).isLessThanOrEqualTo((limits.window() + 2) * limits.batchItems());
            seen.add(i);
        }, limits, "test");

        assertThat(seen).hasSize(400);
    }

    @Test
    void shouldCloseABatchOnceItsItemsWeighTheLimit() throws InterruptedException {
        // Batches of up to 100 items, but each item weighs the limit: one item per batch, so the reader
        // stays within window + 2 items of the sink instead of (window + 2) × 100.
        AtomicInteger read = new AtomicInteger();
        OrderedParallel.Limits limits = new OrderedParallel.Limits(1, 2, 100, 10);
        Consumer<Consumer<Integer>> counting = emit -> IntStream.range(0, 300).forEach(i -> {
            read.incrementAndGet();
            emit.accept(i);
        });

        OrderedParallel.run(counting, i -> 10, i -> i, i -> {
            assertThat(read.get() - (i + 1)).isLessThanOrEqualTo(limits.window() + 2);
            seen.add(i);
        }, limits, "test");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 300).boxed().toList());
    }
}

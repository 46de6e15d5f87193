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
        OrderedParallel.run(numbers(500), i -> {
            if (i % 10 == 0) {
                LockSupport.parkNanos(200_000);
            }
            return i * 2;
        }, seen::add, 4, 8, "test");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    }

    @Test
    void shouldHandOverEverythingBeforeAFailedItemThenRethrowItsException() {
        assertThatThrownBy(() -> OrderedParallel.run(numbers(100), i -> {
            if (i == 37) {
                throw new IllegalStateException("item 37");
            }
            return i;
        }, seen::add, 3, 4, "test")).isInstanceOf(IllegalStateException.class).hasMessage("item 37");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 37).boxed().toList());
    }

    @Test
    void shouldHandOverEverythingReadBeforeTheSourceFailedThenRethrowItsException() {
        Consumer<Consumer<Integer>> failing = emit -> {
            IntStream.range(0, 20).forEach(emit::accept);
            throw new IllegalArgumentException("second file: no such file or directory");
        };

        assertThatThrownBy(() -> OrderedParallel.run(failing, i -> i, seen::add, 2, 4, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("second file: no such file or directory");

        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void shouldNeverReadMoreThanTheWindowAheadOfTheSink() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        int window = 5;
        Consumer<Consumer<Integer>> counting = emit -> IntStream.range(0, 200).forEach(i -> {
            read.incrementAndGet();
            emit.accept(i);
        });

        OrderedParallel.run(counting, i -> i, i -> {
            // Handed over: items 0..i. Read: at most the window plus the one being waited on ahead of them,
            // plus the one the reader is about to put.
            assertThat(read.get() - (i + 1)).isLessThanOrEqualTo(window + 1);
            seen.add(i);
        }, 2, window, "test");

        assertThat(seen).hasSize(200);
    }
}

package io.wirewatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a stream of items on a fixed pool of threads and hands the results over in input order, with
 * bounded memory:
 * <ul>
 *   <li>one reader thread runs the source and cuts what it emits into batches of consecutive items (at
 *       most {@link Limits#batchItems} items, closed early once they weigh {@link Limits#batchWeight});
 *       each batch first takes a slot in a bounded window (blocking while the window is full), then goes
 *       to the pool, where one worker maps its items in order;</li>
 *   <li>the calling thread takes the slots in order and waits for each batch before the next, so
 *       {@code sink} sees exactly the sequence a sequential loop would produce;</li>
 *   <li>at most {@code window + 2} batches are read and not yet handed over (the window, the one the
 *       caller is waiting on and the one the reader is filling); every queue is an
 *       {@link ArrayBlockingQueue} of that size.</li>
 * </ul>
 * Why batches: a hand-over between threads costs a wake-up, and on a busy machine a wake-up waits for a
 * time slice. Per item that made four threads slower than one on this project's shared 2-core machine
 * (short wires take ~1 ms); per batch of 32 the cost is spread thin.
 *
 * <p>Failures surface on the calling thread in input order, as in a sequential loop: results before a
 * failed item are handed over first, then its exception is rethrown as is (a {@link RuntimeException} or
 * {@link Error} thrown by {@code work} or by the source). Nothing after it reaches {@code sink}; the reader
 * and the pool are stopped.
 */
final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * @param threads      pool size; at least 1
     * @param window       batches read ahead of the one being handed over; at least 1
     * @param batchItems   items per batch at most; at least 1
     * @param batchWeight  a batch is closed once its items weigh this much (e.g. characters), even if short
     */
    record Limits(int threads, int window, int batchItems, long batchWeight) {
        Limits {
            if (threads < 1 || window < 1 || batchItems < 1) {
                throw new IllegalArgumentException("threads, window and batch items must be at least 1: " + this);
            }
        }
    }

    /** A slot of the window: a batch to come, or the end of the input (with the source's failure, if any). */
    private sealed interface Slot<O> {
    }

    private record Pending<O>(Future<Done<O>> batch) implements Slot<O> {
    }

    private record End<O>(Throwable failure) implements Slot<O> {
    }

    /** A mapped batch: the results of its items up to the first that failed, and that failure (or null). */
    private record Done<O>(List<O> results, Throwable failure) {
    }

    /** Unwinds the source when the caller has given up (the reader was interrupted while the window was full). */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code source} on a reader thread, {@code work} on the pool, {@code sink} on the calling thread
     * in input order; returns when every item was handed over.
     *
     * @param source  emits the items, in order, to the consumer it is given
     * @param weight  an item's weight, for {@link Limits#batchWeight}
     * @param work    must be safe to call from several threads at once
     * @param name    prefix of the thread names ({@code name-reader}, {@code name-worker-1}, ...)
     * @throws InterruptedException when the calling thread is interrupted while waiting (reader and pool are stopped)
     */
    static <I, O> void run(Consumer<Consumer<I>> source, ToLongFunction<I> weight, Function<I, O> work,
            Consumer<O> sink, Limits limits, String name) throws InterruptedException {
        BlockingQueue<Slot<O>> slots = new ArrayBlockingQueue<>(limits.window());
        // Never full: a batch is queued here only after it took a slot, so at most window + 1 are pending.
        ExecutorService pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.window() + 1), daemons(name + "-worker-"));
        Thread reader = daemons(name + "-reader").newThread(() -> read(source, weight, work, limits, slots, pool));
        reader.start();
        try {
            while (true) {
                Slot<O> slot = slots.take();
                if (slot instanceof End<O> end) {
                    if (end.failure() != null) {
                        throw rethrow(end.failure());
                    }
                    return;
                }
                Done<O> done = resultOf(((Pending<O>) slot).batch());
                done.results().forEach(sink);
                if (done.failure() != null) {
                    throw rethrow(done.failure());
                }
            }
        } finally {
            reader.interrupt(); // a no-op once it has put the end; otherwise it stops at its next slot
            pool.shutdownNow();
        }
    }

    private static <I, O> void read(Consumer<Consumer<I>> source, ToLongFunction<I> weight, Function<I, O> work,
            Limits limits, BlockingQueue<Slot<O>> slots, ExecutorService pool) {
        Batcher<I, O> batcher = new Batcher<>(weight, work, limits, slots, pool);
        Throwable failure = null;
        try {
            source.accept(batcher::add);
        } catch (Cancelled e) {
            return; // the caller has stopped reading slots: nobody waits for the end
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            batcher.submit(); // what was read before the end (or the failure) is handed over before it
            slots.put(new End<>(failure));
        } catch (Cancelled | InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller has stopped: nobody waits for the end
        }
    }

    /** The reader's batch being filled. */
    private static final class Batcher<I, O> {
        private final ToLongFunction<I> weight;
        private final Function<I, O> work;
        private final Limits limits;
        private final BlockingQueue<Slot<O>> slots;
        private final ExecutorService pool;
        private List<I> items = new ArrayList<>();
        private long weighed;

        Batcher(ToLongFunction<I> weight, Function<I, O> work, Limits limits, BlockingQueue<Slot<O>> slots,
                ExecutorService pool) {
            this.weight = weight;
            this.work = work;
            this.limits = limits;
            this.slots = slots;
            this.pool = pool;
        }

        void add(I item) {
            items.add(item);
            weighed += weight.applyAsLong(item);
            if (items.size() >= limits.batchItems() || weighed >= limits.batchWeight()) {
                submit();
            }
        }

        void submit() {
            if (items.isEmpty()) {
                return;
            }
            List<I> batch = items;
            items = new ArrayList<>();
            weighed = 0;
            FutureTask<Done<O>> task = new FutureTask<>(() -> map(batch));
            try {
                slots.put(new Pending<>(task)); // blocks while the window is full: the memory bound
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
            pool.execute(task);
        }

        private Done<O> map(List<I> batch) {
            List<O> results = new ArrayList<>(batch.size());
            try {
                for (I item : batch) {
                    results.add(work.apply(item));
                }
                return new Done<>(results, null);
            } catch (RuntimeException | Error e) {
                return new Done<>(results, e);
            }
        }
    }

    private static <O> Done<O> resultOf(Future<Done<O>> batch) throws InterruptedException {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }
    /** The item's own exception, as a sequential loop would have thrown it. */
    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        // Function.apply and Consumer.accept throw no checked exception; FutureTask reports none but theirs.
        throw new IllegalStateException(t);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            String suffix = prefix.endsWith("-") ? String.valueOf(n.incrementAndGet()) : "";
            Thread t = new Thread(r, prefix + suffix);
            // Daemons: a reader blocked on stdin must not keep the JVM alive after the command has returned.
            t.setDaemon(true);
            return t;
        };
    }
}

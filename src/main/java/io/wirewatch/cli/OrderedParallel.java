package io.wirewatch.cli;

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

/**
 * Maps a stream of items on a fixed pool of threads and hands the results over in input order, with
 * bounded memory:
 * <ul>
 *   <li>one reader thread runs the source; each item it emits first takes a slot in a bounded window
 *       (blocking while the window is full), then goes to the pool;</li>
 *   <li>the calling thread takes the slots in order and waits for each result before the next, so
 *       {@code sink} sees exactly the sequence a sequential loop would produce;</li>
 *   <li>at most {@code window + 1} items are read and not yet handed over (the window, plus the one the
 *       caller is waiting on); every queue is an {@link ArrayBlockingQueue} of that size.</li>
 * </ul>
 * Failures surface on the calling thread in input order, as in a sequential loop: results before a failed
 * item are handed over first, then its exception is rethrown as is (a {@link RuntimeException} or
 * {@link Error} thrown by {@code work} or by the source). Nothing after it reaches {@code sink}; the reader
 * and the pool are stopped.
 */
final class OrderedParallel {
    private OrderedParallel() {
    }

    /** A slot of the window: a result to come, or the end of the input (with the source's failure, if any). */
    private sealed interface Slot<O> {
    }

    private record Pending<O>(Future<O> result) implements Slot<O> {
    }

    private record End<O>(Throwable failure) implements Slot<O> {
    }

    /** Unwinds the source when the caller has given up (the reader was interrupted while the window was full). */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code source} on a reader thread, {@code work} on {@code threads} pool threads, {@code sink} on
     * the calling thread in input order; returns when every item was handed over.
     *
     * @param source  emits the items, in order, to the consumer it is given
     * @param work    must be safe to call from several threads at once
     * @param window  items read ahead of the one being handed over; at least 1
     * @param name    prefix of the thread names ({@code name-reader}, {@code name-worker-1}, ...)
     * @throws InterruptedException when the calling thread is interrupted while waiting (reader and pool are stopped)
     */
    static <I, O> void run(Consumer<Consumer<I>> source, Function<I, O> work, Consumer<O> sink,
            int threads, int window, String name) throws InterruptedException {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1: " + threads + ", " + window);
        }
        BlockingQueue<Slot<O>> slots = new ArrayBlockingQueue<>(window);
        // Never full: a task is queued here only after it took a slot, so at most window + 1 are pending.
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(window + 1), daemons(name + "-worker-"));
        Thread reader = daemons(name + "-reader").newThread(() -> read(source, work, slots, pool));
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
                sink.accept(resultOf(((Pending<O>) slot).result()));
            }
        } finally {
            reader.interrupt(); // a no-op once it has put the end; otherwise it stops at its next slot
            pool.shutdownNow();
        }
    }

    private static <I, O> void read(Consumer<Consumer<I>> source, Function<I, O> work,
            BlockingQueue<Slot<O>> slots, ExecutorService pool) {
        Throwable failure = null;
        try {
            source.accept(item -> {
                FutureTask<O> task = new FutureTask<>(() -> work.apply(item));
                try {
                    slots.put(new Pending<>(task)); // blocks while the window is full: the memory bound
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Cancelled();
                }
                pool.execute(task);
            });
        } catch (Cancelled e) {
            return; // the caller has stopped reading slots: nobody waits for the end
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            slots.put(new End<>(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller has stopped: nobody waits for the end
        }
    }

    private static <O> O resultOf(Future<O> result) throws InterruptedException {
        try {
            return result.get();
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

package dev.tandem.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on items 0 to n-1 spread over threads of its own and the calling thread, with the results handed back on
 * the calling thread in item order: a bounded pipeline (a few blocks of consecutive items per thread in flight at
 * most) whose results are those of the loop on one thread, in the same order. The threads end before
 * {@link #run} returns.
 */
public final class InOrder {

    /** The most items of one block. */
    private static final int MAX_BLOCK = 256;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private InOrder() {
    }

    /** Work on one block of items, on a thread of the pool or the calling thread. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * {@return the result of items [from, to)}
         *
         * @param from the first item
         * @param to   the item after the last
         * @throws Exception when the work fails; thrown again by {@link #run}
         */
        T block(int from, int to) throws Exception;
    }

    /** What is done with each block's result, in item order, on the calling thread. */
    @FunctionalInterface
    public interface Sink<T, E extends Exception> {
        /**
         * Takes a block's result.
         *
         * @param result the result
         * @throws E when taking it fails; the work stops
         */
        void accept(T result) throws E;
    }

    /**
     * Runs the work on items 0 to n-1 in blocks and hands the results to the sink in item order.
     *
     * @param <T>     the result of a block
     * @param <E>     what the sink may throw
     * @param n       how many items
     * @param threads the threads to work on, at least 1, the calling thread included: it takes the results in
     *                order and works on blocks itself while it waits for one; with 1 it works on every block itself,
     *                one after the other, and no thread is started
     * @param name    what the threads do, for thread dumps ({@code tandem-NAME-RUN-N})
     * @param work    the work on one block, run on a thread of the pool or the calling thread
     * @param sink    receives each block's result, in order, on the calling thread
     * @throws E when the sink throws
     * @throws WorkFailed when the work threw a checked exception (its cause)
     */
    public static <T, E extends Exception> void run(int n, int threads, String name, Work<T> work,
            Sink<? super T, E> sink) throws E {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(sink, "sink");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        // blocks small enough that every thread gets several, large enough to amortise the hand-over
        int block = Math.max(1, Math.min(MAX_BLOCK, n / (threads * 8)));
        if (threads == 1) {
            for (int from = 0; from < n; from += block) {
                FutureTask<T> task = task(work, from, Math.min(n, from + block));
                task.run();
                sink.accept(await(task));
            }
            return;
        }
        ExecutorService workers = pool(threads - 1, name);
        ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < n || !inFlight.isEmpty()) {
                while (next < n && inFlight.size() < 2 * threads) {
                    FutureTask<T> task = task(work, next, Math.min(n, next + block));
                    workers.execute(task);
                    inFlight.add(task);
                    next = Math.min(n, next + block);
                }
                Future<T> head = inFlight.poll();
                sink.accept(awaitHelping(head, inFlight));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            workers.shutdownNow();
        }
    }

    private static <T> FutureTask<T> task(Work<T> work, int from, int to) {
        return new FutureTask<>(() -> work.block(from, to));
    }

    /**
     * {@return the items [from, to) mapped one by one}, a block's work for the common case
     *
     * @param <T>  an item's result
     * @param from the first item
     * @param to   the item after the last
     * @param each the work on one item
     * @throws Exception when the work on an item fails
     */
    public static <T> List<T> each(int from, int to, Item<T> each) throws Exception {
        List<T> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(each.apply(i));
        }
        return out;
    }

    /** Work on one item. */
    @FunctionalInterface
    public interface Item<T> {
        /**
         * {@return the item's result}
         *
         * @param i the item
         * @throws Exception when the work fails
         */
        T apply(int i) throws Exception;
    }

    /** A checked exception thrown by the work, on whatever thread, carried to the calling thread as its cause. */
    public static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * Throws the cause when it is of a type the caller declares, else gives this exception to throw:
         * {@code throw e.rethrow(IOException.class);}.
         *
         * @param <X>  the type
         * @param type the checked exception type the caller may throw
         * @return this exception, when the cause is of another type
         * @throws X the cause, when it is one
         */
        public <X extends Exception> WorkFailed rethrow(Class<X> type) throws X {
            if (type.isInstance(getCause())) {
                throw type.cast(getCause());
            }
            return this;
        }
    }

    /**
     * {@return a pool of daemon threads named {@code tandem-NAME-RUN-N}}; shut it down when the work ends.
     *
     * @param threads how many threads
     * @param name    what they do, for thread dumps
     */
    public static ExecutorService pool(int threads, String name) {
        int run = RUNS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "tandem-" + name + "-" + run + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits for a worker's result as {@link #await} does, but works meanwhile instead of idling: the calling
     * thread runs the awaited task itself when no worker has started it yet, then the tasks queued behind it, one
     * after the other, until the awaited one is done. A task a worker has started (or finished) is left to it; a
     * worker that later reaches a task the caller ran finds it done. So {@code n} threads of a pool and the
     * caller keep {@code n + 1} cores busy.
     *
     * @param <T>    the result's type
     * @param result the result to come, a task of an {@link ExecutorService} (or any {@link RunnableFuture})
     * @param queued the tasks submitted after it, in order
     * @return the result
     */
    public static <T> T awaitHelping(Future<T> result, Iterable<? extends Future<?>> queued) {
        if (result instanceof RunnableFuture<T> task) {
            task.run(); // returns at once when a worker runs or ran it
        }
        for (Future<?> next : queued) {
            if (result.isDone()) {
                break;
            }
            if (next instanceof RunnableFuture<?> task) {
                task.run();
            }
        }
        return await(result);
    }

    /**
     * Waits for a worker's result, throwing again what the work threw: an unchecked exception or error as it
     * was, a checked one as the cause of a {@link WorkFailed}.
     *
     * @param <T>    the result's type
     * @param result the result to come
     * @return the result
     */
    public static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a worker thread");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new WorkFailed(cause);
        }
    }
}

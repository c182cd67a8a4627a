package dev.tandem.io.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads of one parallel read or write, and the results they hand back. */
public final class Workers {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private Workers() {
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
     * Waits for a result, rethrowing what the work threw as it was thrown.
     *
     * @param <T>    the result's type
     * @param result the result to come
     * @return the result
     * @throws IOException when the work failed with one, or the wait was interrupted
     */
    public static <T> T get(Future<T> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a worker thread");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}

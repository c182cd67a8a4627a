package dev.tandem.io.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The results that worker threads hand back, with what they threw rethrown as it was thrown. */
public final class Workers {

    private Workers() {
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

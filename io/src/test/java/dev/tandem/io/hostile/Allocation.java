package dev.tandem.io.hostile;

import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Measures the bytes the current thread allocates while it runs a task: an upper bound of the memory the task
 * can hold, so a test can show that hostile input is refused with bounded memory, not by luck of the heap size.
 *
 * <p>Uses HotSpot's {@code com.sun.management.ThreadMXBean} through reflection: the test sources compile
 * inside the io module, which does not read the management modules (tests run on the class path).
 */
final class Allocation {

    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        try {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            THREADS = factory.getMethod("getThreadMXBean").invoke(null);
            ALLOCATED = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getThreadAllocatedBytes", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Allocation() {
    }

    /** What a task returned and how many bytes it allocated. */
    record Measured<T>(T value, long bytes) {
    }

    /** {@return the task's result and the bytes allocated by this thread while it ran} @param task the task */
    static <T> Measured<T> measure(Supplier<T> task) {
        long id = Thread.currentThread().getId();
        long before = allocated(id);
        T value = task.get();
        return new Measured<>(value, allocated(id) - before);
    }

    private static long allocated(long threadId) {
        try {
            return (long) ALLOCATED.invoke(THREADS, threadId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot measure allocation", e);
        }
    }
}

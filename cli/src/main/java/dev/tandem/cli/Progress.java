package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long run on standard error, for a person watching a terminal: one line, rewritten four times a
 * second, saying what the command does, how far it is, how fast and for how long, such as
 * {@code tandem evaluate: reading the evidence: 412,345 records (205,120 records/s), 2.0 s}. The line is
 * wiped when the run ends or a message is printed, so that nothing of it stays in the terminal's text.
 *
 * <p>The work counts on its own thread ({@link #step()}, {@link #steps(long)}); a daemon thread of this
 * display reads the count and prints. A {@link #silent()} display does nothing at all.
 */
class Progress implements AutoCloseable {

    private static final long PERIOD_MS = 250;

    private final Messages messages;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile String phase;
    private volatile String unit;
    private volatile long total;
    private volatile long done;
    private long phaseStart;
    private int shown;

    private Progress(Messages messages, boolean ticking) {
        this.messages = messages;
        this.ticker = messages == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "tandem-progress");
            t.setDaemon(true);
            return t;
        });
        if (ticking) {
            ticker.scheduleAtFixedRate(this::show, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** {@return a display that shows nothing} */
    static Progress silent() {
        return new Progress(null, false);
    }

    /**
     * {@return a display that prints on the messages' standard error}
     *
     * @param messages where the command speaks
     */
    static Progress on(Messages messages) {
        return new Progress(messages, true);
    }

    /**
     * {@return a display that prints only when {@link #show()} is called}, for tests of what it prints
     *
     * @param messages where the command speaks
     */
    static Progress manual(Messages messages) {
        return new Progress(messages, false);
    }

    /**
     * Starts a phase of the work.
     *
     * @param what  what is done, such as "reading the evidence"
     * @param units what is counted, in the plural, such as "records"; null shows the time only
     * @param of    how many there will be, or -1 when not known
     */
    void phase(String what, String units, long of) {
        synchronized (this) {
            phaseStart = System.nanoTime();
            done = 0;
            total = of;
            unit = units;
            phase = what;
        }
    }

    /** Counts one more unit of work. Called by the one thread that does the work. */
    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void step() {
        if (ticker != null) {
            done = done + 1; // a silent display (pipes, CI) pays no memory barrier per record
        }
    }

    /**
     * Counts more units of work. Called by the one thread that does the work.
     *
     * @param n how many
     */
    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void steps(long n) {
        if (ticker != null) {
            done = done + n;
        }
    }

    /** Prints the line, over the one before; called by the display's own thread four times a second. */
    synchronized void show() {
        if (phase == null || ticker == null || ticker.isShutdown()) {
            return;
        }
        long now = System.nanoTime();
        long n = done;
        double phaseSeconds = (now - phaseStart) / 1e9;
        StringBuilder line = new StringBuilder(messages.command()).append(": ").append(phase);
        if (unit != null) {
            line.append(": ").append(Messages.grouped(n));
            if (total >= 0) {
                line.append(" of ").append(Messages.grouped(total));
            }
            line.append(' ').append(unit);
            if (phaseSeconds >= 0.5) {
                line.append(" (").append(Messages.grouped(Math.round(n / phaseSeconds))).append(' ').append(unit)
                        .append("/s)");
            }
        }
        line.append(", ").append(String.format(Locale.ROOT, "%.1f s", (now - start) / 1e9));
        print(line.toString());
    }

    private void print(String line) {
        PrintWriter err = messages.err();
        int pad = Math.max(0, shown - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        shown = line.length();
    }

    /** Wipes the line and shows nothing until the next {@link #phase}: messages can be printed. */
    synchronized void pause() {
        phase = null;
        clear();
    }

    private void clear() {
        if (shown > 0) {
            PrintWriter err = messages.err();
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    /** Stops the display and wipes its line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        synchronized (this) {
            clear();
        }
    }
}

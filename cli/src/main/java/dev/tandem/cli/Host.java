package dev.tandem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line takes from the machine it runs on: the clock (the default {@code --as-of}), the
 * environment variables (the pseudonym key), the number of processors (the default {@code --threads}) and
 * whether standard error is a terminal (progress is shown only there). {@link #system()} is the only place that
 * reads any of them, so every command can be run against a fixed clock and environment.
 *
 * @param clock            the clock
 * @param environment      the environment variables
 * @param processors       the processors available to the process, at least 1
 * @param terminalStderr   true when standard error is a terminal a person watches
 */
record Host(Clock clock, Map<String, String> environment, int processors, boolean terminalStderr) {

    /** Copies the environment. */
    Host {
        Objects.requireNonNull(clock, "clock");
        environment = Map.copyOf(environment);
        if (processors < 1) {
            throw new IllegalArgumentException("processors must be at least 1");
        }
    }

    /**
     * A host with one processor and standard error that is not a terminal, as in a test or a pipeline.
     *
     * @param clock       the clock
     * @param environment the environment variables
     */
    Host(Clock clock, Map<String, String> environment) {
        this(clock, environment, 1, false);
    }

    /** {@return the machine's UTC clock, environment, processors and standard error} */
    static Host system() {
        return new Host(Clock.systemUTC(), System.getenv(), Runtime.getRuntime().availableProcessors(),
                stderrIsTerminal());
    }

    /**
     * {@return true when standard error is a terminal}: on Linux, file descriptor 2 is a terminal device; where
     * that cannot be seen, when the JVM has a console (standard input and output are terminals).
     */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(Path.of("/proc/self/fd"))) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall back to the console below
        }
        return System.console() != null;
    }
}

package dev.tandem.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line takes from the machine it runs on: the clock (the default {@code --as-of}) and the
 * environment variables (the pseudonym key). {@link #system()} is the only place that reads either, so every
 * command can be run against a fixed clock and environment.
 *
 * @param clock       the clock
 * @param environment the environment variables
 */
record Host(Clock clock, Map<String, String> environment) {

    /** Copies the environment. */
    Host {
        Objects.requireNonNull(clock, "clock");
        environment = Map.copyOf(environment);
    }

    /** {@return the machine's UTC clock and environment} */
    static Host system() {
        return new Host(Clock.systemUTC(), System.getenv());
    }
}

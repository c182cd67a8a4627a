package dev.tandem.cli;

import picocli.CommandLine.Option;

/** The options of the commands that work through a whole cohort: how many threads, and whether to be quiet. */
final class RunOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read, evaluate and write (default: the processors available). The output "
                    + "is the same, byte for byte, whatever N.")
    Integer threads;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress. Progress is shown on standard error only when it is a terminal.")
    boolean quiet;

    /**
     * {@return the threads to use}
     *
     * @param host the machine, whose processors are the default
     * @throws CommandFailure when {@code --threads} is less than 1 or more than 256
     */
    int threads(Host host) {
        if (threads == null) {
            return host.processors();
        }
        if (threads < 1 || threads > 256) {
            throw CommandFailure.usage("--threads must be between 1 and 256, not " + threads);
        }
        return threads;
    }

    /**
     * {@return a progress display on standard error, silent unless it is a terminal and --quiet is not given}
     *
     * @param host     the machine
     * @param messages where the command speaks
     */
    Progress progress(Host host, Messages messages) {
        return quiet || !host.terminalStderr() ? Progress.silent() : Progress.on(messages);
    }
}

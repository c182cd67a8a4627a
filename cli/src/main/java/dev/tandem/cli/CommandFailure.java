package dev.tandem.cli;

/**
 * Stops a command with a one-line message and an exit code: thrown by the options and helpers a command shares,
 * printed by the command line as {@code tandem COMMAND: error: message}. A usage problem (exit 2) also prints
 * where the help is.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean usage;

    private CommandFailure(String message, int exitCode, boolean usage) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.usage = usage;
    }

    /** {@return a failure for options that do not fit: exit 2, with the help hint} */
    static CommandFailure usage(String message) {
        return new CommandFailure(message, TandemCommand.USAGE, true);
    }

    /** {@return a failure to read or write a file: exit 2} */
    static CommandFailure io(String message) {
        return new CommandFailure(message, TandemCommand.USAGE, false);
    }

    /** {@return a failure because an input has errors, already reported or said in the message: exit 1} */
    static CommandFailure badInput(String message) {
        return new CommandFailure(message, TandemCommand.BAD_INPUT, false);
    }

    /** {@return the exit code the command ends with} */
    int exitCode() {
        return exitCode;
    }

    /** {@return whether the failure is a usage problem, followed by the help hint} */
    boolean usage() {
        return usage;
    }
}

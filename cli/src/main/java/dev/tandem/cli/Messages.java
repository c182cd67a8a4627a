package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one way every command speaks to a person on standard error: {@code tandem COMMAND: severity: message},
 * where the severity is {@code error}, {@code warning} or {@code note}.
 *
 * <p>Problems inside a file keep the compiler form {@code FILE:LINE[:COL]: severity: message}; the lines this
 * class prints are about the run as a whole (what was read, written, skipped, and why the command stopped).
 */
final class Messages {

    private final String command;
    private final PrintWriter err;

    private Messages(String command, PrintWriter err) {
        this.command = Objects.requireNonNull(command, "command");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** {@return the messages of the command a spec describes, printed on its standard error} */
    static Messages of(CommandSpec spec) {
        return new Messages(spec.qualifiedName(), spec.commandLine().getErr());
    }

    /** {@return messages with a given prefix (such as {@code tandem report}) printed on a writer} */
    static Messages of(String command, PrintWriter err) {
        return new Messages(command, err);
    }

    /** {@return the command's name as messages show it, such as {@code tandem report}} */
    String command() {
        return command;
    }

    /** {@return standard error, for the per-file lines that have their own prefix} */
    PrintWriter err() {
        return err;
    }

    /** Prints {@code tandem COMMAND: error: message}. */
    void error(String message) {
        print("error", message);
    }

    /** Prints {@code tandem COMMAND: warning: message}. */
    void warning(String message) {
        print("warning", message);
    }

    /** Prints {@code tandem COMMAND: note: message}: what was done, or a hint. */
    void note(String message) {
        print("note", message);
    }

    /** Prints the hint that follows a usage error: where the command's help is. */
    void helpHint() {
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
    }

    private void print(String severity, String message) {
        err.println(command + ": " + severity + ": " + message);
        err.flush();
    }

    /** {@return a count with thousands separators: "1,234,567"} */
    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** {@return "1 record", "2,000 records": a count with thousands separators and its noun in the right number} */
    static String count(long n, String singular, String plural) {
        return grouped(n) + " " + (n == 1 ? singular : plural);
    }
}

package dev.tandem.cli;

import dev.tandem.internal.Excerpt;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line's one policy for failures nobody planned for: whatever a command throws (an unexpected
 * exception, an {@link Error} such as {@link OutOfMemoryError} or {@link StackOverflowError}) becomes one line on
 * standard error and exit code 2, never a stack trace (unless {@code --debug} asks for it).
 *
 * <ul>
 *   <li>{@code tandem COMMAND: error: out of memory: raise the heap with TANDEM_JAVA_OPTS=-Xmx...} when the heap
 *       ran out, with a heap twice the current one suggested;</li>
 *   <li>{@code tandem COMMAND: error: internal error: TYPE: MESSAGE (run with --debug to see where)} otherwise, the
 *       message cut and escaped like every value a message shows.</li>
 * </ul>
 */
final class Failures {

    private Failures() {
    }

    /**
     * Reports a failure in one line and {@return exit code 2}.
     *
     * @param failure  the failure
     * @param messages the command's messages
     * @param debug    whether to print the stack trace too
     */
    static int report(Throwable failure, Messages messages, boolean debug) {
        PrintWriter err = messages.err();
        if (hasCause(failure, OutOfMemoryError.class)) {
            messages.error("out of memory: raise the heap with TANDEM_JAVA_OPTS=-Xmx" + suggestedHeap()
                    + " (or give the command less input)");
        } else {
            Throwable shown = failure instanceof CommandLine.ExecutionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String message = shown.getMessage();
            messages.error("internal error: " + shown.getClass().getSimpleName()
                    + (message == null ? "" : ": " + Excerpt.of(message.lines().findFirst().orElse(""), 200))
                    + (debug ? "" : " (run with --debug to see where)"));
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return TandemCommand.USAGE;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@return twice the current maximum heap, in whole gibibytes, as -Xmx takes it} */
    private static String suggestedHeap() {
        long max = Runtime.getRuntime().maxMemory();
        long gib = max == Long.MAX_VALUE ? 4 : Math.max(1, (2 * max + (1L << 30) - 1) >> 30);
        return gib + "g";
    }

    /**
     * {@return the qualified name of the subcommand the arguments name ("tandem report"), or "tandem"}
     *
     * @param top  the top command line
     * @param args the arguments
     */
    static String commandName(CommandLine top, String[] args) {
        for (String arg : args) {
            if (arg != null && top.getSubcommands().containsKey(arg)) {
                return "tandem " + arg;
            }
        }
        return "tandem";
    }
}

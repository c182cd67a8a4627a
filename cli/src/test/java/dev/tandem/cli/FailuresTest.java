package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The one failure policy: anything a command throws is one line on stderr and exit 2, never a stack trace. */
class FailuresTest {

    /** A command that throws what it is given. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Throwable failure;

        Boom(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Throwable failure, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cmd = TandemCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cmd.addSubcommand("boom", new CommandLine(new Boom(failure)));
        cmd.setOut(cmd.getOut()); // hands the streams on to the added subcommand
        cmd.setErr(cmd.getErr());
        int exit = TandemCommand.execute(cmd, args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void outOfMemoryIsOneLineThatSaysHowToRaiseTheHeap() {
        Result r = run(new OutOfMemoryError("Java heap space"), "boom");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).matches("tandem boom: error: out of memory: raise the heap with TANDEM_JAVA_OPTS=-Xmx\\d+g "
                + "\\(or give the command less input\\)\\R");
    }

    @Test
    void anUnexpectedExceptionOrErrorIsOneLineWithoutAStackTrace() {
        for (Throwable failure : new Throwable[] {new NegativeArraySizeException("-5"), new StackOverflowError(),
            new IllegalStateException("line one\nline two \u001b[2J")}) {
            Result r = run(failure, "boom");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).startsWith("tandem boom: error: internal error: " + failure.getClass().getSimpleName())
                    .endsWith("(run with --debug to see where)" + System.lineSeparator())
                    .doesNotContain("\tat ").doesNotContain("line two").doesNotContain("\u001b");
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        Result r = run(new NegativeArraySizeException("-5"), "boom", "--debug");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("tandem boom: error: internal error: NegativeArraySizeException: -5")
                .contains("\tat ");
    }
}

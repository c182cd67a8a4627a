package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cli.TandemCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the {@code tandem} command line: its exit code and what it printed. */
record Run(int exit, String out, String err) {

    static Run of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TandemCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Checks that nothing printed looks like a crash: no stack trace, no exception name, no internal error. */
    Run withoutCrash() {
        for (String text : new String[] {out, err}) {
            assertThat(text).doesNotContain("internal error").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("Error:").doesNotContainPattern("at [a-z]+\\.[a-z]+\\.");
        }
        return this;
    }
}

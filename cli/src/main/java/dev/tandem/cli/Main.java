package dev.tandem.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code tandem} command. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // standard output through a 64 KiB buffer, written out when the command ends: System.out's own buffer
        // is 128 bytes and flushes on every write, a system call per few kilobytes of a large document
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = TandemCommand.run(args, System.in, out, System.err);
        } finally {
            out.flush();
        }
        System.exit(exit);
    }
}

package dev.tandem.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One input of a command as named on the command line: a file, or {@code -} for standard input. Its first
 * bytes can be looked at before it is read, so formats can be told from content even on a pipe.
 */
final class InputSource implements Closeable {

    /** The name that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    /** How many bytes {@link #head()} looks at. */
    static final int HEAD_BYTES = 16 * 1024;

    private final String name;
    private final Path path;
    private final BufferedInputStream in;

    private InputSource(String name, Path path, InputStream in) {
        this.name = name;
        this.path = path;
        this.in = new BufferedInputStream(in, HEAD_BYTES);
    }

    /**
     * Opens an input.
     *
     * @param argument the file name as given, or {@code -}
     * @param stdin    standard input (never closed here)
     * @param what     what the input is, for messages ("evidence", "curriculum")
     * @return the open input
     * @throws CommandFailure an I/O problem (exit 2) when the file cannot be opened
     */
    static InputSource open(String argument, InputStream stdin, String what) {
        if (STANDARD_INPUT.equals(argument)) {
            return new InputSource("<stdin>", null, new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this input
                }
            });
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw CommandFailure.io(cannotRead(what, argument, "invalid file name"));
        }
        if (Files.isDirectory(path)) {
            throw CommandFailure.io(cannotRead(what, argument, "is a directory"));
        }
        try {
            return new InputSource(argument, path, Files.newInputStream(path));
        } catch (IOException e) {
            throw CommandFailure.io(cannotRead(what, argument, DiagnosticPrinter.describe(e)));
        }
    }

    /** {@return "cannot read the WHAT file NAME: reason"} */
    static String cannotRead(String what, String name, String reason) {
        return "cannot read the " + what + " file " + name + ": " + reason;
    }

    /** {@return the name messages use: the file name as given, or {@code <stdin>}} */
    String name() {
        return name;
    }

    /** {@return the file's name without directories, for telling a format from the extension; empty for stdin} */
    String fileName() {
        return path == null || path.getFileName() == null ? "" : path.getFileName().toString();
    }

    /** {@return whether this is standard input} */
    boolean isStandardInput() {
        return path == null;
    }

    /**
     * {@return up to {@link #HEAD_BYTES} first bytes, without consuming them}
     *
     * @throws IOException when the input cannot be read
     */
    byte[] head() throws IOException {
        in.mark(HEAD_BYTES);
        try {
            return in.readNBytes(HEAD_BYTES);
        } finally {
            in.reset();
        }
    }

    /** {@return the input's bytes, from the first} */
    InputStream stream() {
        return in;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

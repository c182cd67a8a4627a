package dev.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a command writes its document: standard output (no {@code --output}, or {@code --output -}), or a file
 * written by {@link AtomicFiles}. Decided before the command reads its inputs, so that an output naming an input
 * or a directory is refused before anything happens.
 */
final class Output {

    private final String name;
    private final AtomicFiles.Target target;

    private Output(String name, AtomicFiles.Target target) {
        this.name = name;
        this.target = target;
    }

    /** A problem with the output named on the command line: reported in one line, exit 2. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decides an output.
     *
     * @param file        the {@code --output} value: null or {@code -} for standard output
     * @param learnerData whether the document holds learner data (a new file is then owner-only)
     * @param inputs      the command's input files (nulls ignored)
     * @return the output
     * @throws Problem when the output must not or cannot be written
     */
    static Output of(String file, boolean learnerData, Path... inputs) throws Problem {
        if (file == null || file.equals("-")) {
            return new Output(null, null);
        }
        try {
            return new Output(file, AtomicFiles.target(Path.of(file), learnerData,
                    Arrays.stream(inputs).filter(Objects::nonNull).toList()));
        } catch (InvalidPathException e) {
            throw new Problem("--output " + dev.tandem.internal.Excerpt.of(file) + ": invalid file name");
        } catch (IOException e) {
            throw new Problem("--output " + dev.tandem.internal.Excerpt.of(file) + ": " + DiagnosticPrinter.describe(e));
        }
    }

    /** {@return true when the document goes to standard output} */
    boolean isStandardOutput() {
        return target == null;
    }

    /** {@return the decided file, or null for standard output} */
    AtomicFiles.Target target() {
        return target;
    }

    /** {@return the name as given, or "standard output"} */
    String name() {
        return name == null ? "standard output" : name;
    }

    /**
     * Writes the document: to standard output as it is produced, or to the file the safe way.
     *
     * @param stdout  standard output
     * @param content the document
     * @throws Problem when it cannot be written (an existing regular file is then unchanged)
     */
    void write(PrintWriter stdout, AtomicFiles.Content content) throws Problem {
        try {
            if (target == null) {
                content.writeTo(stdout);
                stdout.flush();
            } else {
                AtomicFiles.write(target, content);
            }
        } catch (IOException e) {
            throw new Problem("cannot write " + dev.tandem.internal.Excerpt.of(name()) + ": " + DiagnosticPrinter.describe(e));
        }
    }

    /**
     * Writes the document with other files of the same run into a batch (moved into place together).
     *
     * @param stdout  standard output (written at once)
     * @param batch   the batch of files
     * @param content the document
     * @throws Problem when it cannot be written
     */
    void add(PrintWriter stdout, AtomicFiles.Batch batch, AtomicFiles.Content content) throws Problem {
        if (target == null) {
            write(stdout, content);
            return;
        }
        try {
            batch.add(target, content);
        } catch (IOException e) {
            throw new Problem("cannot write " + dev.tandem.internal.Excerpt.of(name()) + ": " + DiagnosticPrinter.describe(e));
        }
    }

    /**
     * {@return the inputs as a list without nulls}
     *
     * @param inputs the inputs
     */
    static List<Path> inputs(Path... inputs) {
        return Arrays.stream(inputs).filter(Objects::nonNull).toList();
    }
}

package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.ReadResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The curriculum file a command works on, read once, with what is wrong with it reported on stderr the same
 * way by every command: an unreadable file is a usage or I/O problem (exit 2), a curriculum with errors
 * prints every diagnostic as {@code FILE:LINE:COL: severity: message [code] (at PATH)} (exit 1).
 */
final class CurriculumFile {

    private final ReadResult result;
    private final int exitCode;

    private CurriculumFile(ReadResult result, int exitCode) {
        this.result = result;
        this.exitCode = exitCode;
    }

    /**
     * Reads a curriculum file and reports its problems.
     *
     * @param file         the file name as given on the command line
     * @param err          where problems are printed
     * @param showWarnings whether to print the warnings of a curriculum without errors too
     * @return the outcome; {@link #failed()} tells whether the command must stop with {@link #exitCode()}
     */
    static CurriculumFile read(String file, PrintWriter err, boolean showWarnings) {
        ReadResult result;
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                return unreadable(err, file, "is a directory");
            }
            result = CurriculumReader.create().read(path);
        } catch (UncheckedIOException e) {
            return unreadable(err, file, DiagnosticPrinter.describe(e.getCause()));
        } catch (InvalidPathException e) {
            return unreadable(err, file, "invalid file name");
        }
        if (result.hasErrors() || showWarnings) {
            DiagnosticPrinter.text(err, file, result.diagnostics());
        }
        err.flush();
        return new CurriculumFile(result, result.hasErrors() ? TandemCommand.BAD_INPUT : TandemCommand.OK);
    }

    private static CurriculumFile unreadable(PrintWriter err, String file, String reason) {
        err.println("tandem: cannot read the curriculum file " + file + ": " + reason);
        err.flush();
        return new CurriculumFile(null, TandemCommand.USAGE);
    }

    /** {@return true when the file could not be read or the curriculum has errors} */
    boolean failed() {
        return exitCode != TandemCommand.OK;
    }

    /** {@return the exit code the command stops with when {@link #failed()}} */
    int exitCode() {
        return exitCode;
    }

    /** {@return the reader's result, with every diagnostic} @throws IllegalStateException when unreadable */
    ReadResult result() {
        if (result == null) {
            throw new IllegalStateException("The curriculum file could not be read");
        }
        return result;
    }

    /** {@return the curriculum} @throws IllegalStateException when {@link #failed()} */
    Curriculum curriculum() {
        if (failed()) {
            throw new IllegalStateException("The curriculum file could not be used");
        }
        return result.curriculum();
    }
}

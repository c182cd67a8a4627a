package dev.tandem.cli;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The curriculum file a command works on, read once, with what is wrong with it reported on stderr the same
 * way by every command: an unreadable file is a usage or I/O problem (exit 2), a curriculum with errors
 * prints every diagnostic as {@code FILE:LINE:COL: severity: message [code] (at PATH)} (exit 1). The file
 * {@code -} is standard input (JSON when its first character is <code>{</code>, else YAML).
 */
final class CurriculumFile {

    private final ReadResult result;
    private final int exitCode;

    private CurriculumFile(ReadResult result, int exitCode) {
        this.result = result;
        this.exitCode = exitCode;
    }

    /**
     * Reads a command's curriculum file and reports its problems on the command's standard error.
     *
     * @param spec         the command (for standard input and standard error)
     * @param file         the file name as given on the command line, or {@code -}
     * @param showWarnings whether to print the warnings of a curriculum without errors too
     * @return the outcome; {@link #failed()} tells whether the command must stop with {@link #exitCode()}
     */
    static CurriculumFile read(CommandSpec spec, String file, boolean showWarnings) {
        Messages messages = Messages.of(spec);
        PrintWriter err = messages.err();
        ReadResult result;
        try {
            result = load(spec, file);
        } catch (Unreadable e) {
            return unreadable(messages, file, e.getMessage());
        }
        String name = displayName(file);
        if (result.hasErrors() || showWarnings) {
            DiagnosticPrinter.text(err, name, result.diagnostics());
        }
        err.flush();
        return new CurriculumFile(result, result.hasErrors() ? TandemCommand.BAD_INPUT : TandemCommand.OK);
    }

    /**
     * Reads a curriculum file or standard input without reporting anything.
     *
     * @param spec the command (for standard input)
     * @param file the file name as given on the command line, or {@code -}
     * @return the reader's result
     * @throws Unreadable with the reason ("no such file", "is a directory") when it cannot be read
     */
    static ReadResult load(CommandSpec spec, String file) throws Unreadable {
        try {
            if (InputSource.STANDARD_INPUT.equals(file)) {
                try (InputSource source = InputSource.open(file, TandemCommand.standardInput(spec), "curriculum")) {
                    return CurriculumReader.create().read(source.stream(), format(source.head()));
                }
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new Unreadable("is a directory");
            }
            return CurriculumReader.create().read(path);
        } catch (InvalidPathException e) {
            throw new Unreadable("invalid file name");
        } catch (IOException e) {
            throw new Unreadable(DiagnosticPrinter.describe(e));
        } catch (UncheckedIOException e) {
            throw new Unreadable(DiagnosticPrinter.describe(e.getCause()));
        }
    }

    /** {@return the name messages give a curriculum named on the command line: {@code <stdin>} for -} */
    static String displayName(String file) {
        return InputSource.STANDARD_INPUT.equals(file) ? "<stdin>" : file;
    }

    /** A curriculum that cannot be read at all; the message is the reason. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** {@return JSON when the first character that is not white space or a byte-order mark is a brace} */
    private static DocumentFormat format(byte[] head) {
        return EvidenceSniff.of(head).firstCharacter() == '{' ? DocumentFormat.JSON : DocumentFormat.YAML;
    }

    private static CurriculumFile unreadable(Messages messages, String file, String reason) {
        messages.error(InputSource.cannotRead("curriculum", file, reason));
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

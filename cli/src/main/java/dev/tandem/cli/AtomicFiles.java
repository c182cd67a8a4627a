package dev.tandem.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes output files atomically: to a new hidden file beside the target, then an atomic move over it, so an
 * interrupted or failed run never leaves a half-written file (and an existing file stays as it was).
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Something that writes a document to a writer. */
    interface Content {
        /**
         * Writes the document.
         *
         * @param out where to write; the caller closes it
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a file atomically.
     *
     * @param target  the file to create or replace
     * @param content what to write, UTF-8
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // a new file (not Files.createTempFile, whose owner-only permissions would stay on the output)
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a text file atomically.
     *
     * @param target the file to create or replace
     * @param text   the text, written as UTF-8
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }
}

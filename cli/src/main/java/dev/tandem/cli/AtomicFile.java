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
 * Writes an output file whole or not at all: the content goes to a new hidden file beside the target, which is
 * then moved over it (atomically where the file system allows), so an interrupted or failed run never leaves a
 * half-written file and a failed run leaves an existing file alone.
 */
final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** What to write. */
    interface Content {
        /** Writes the content. @param out where to @throws IOException when writing fails */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes the content to the target, replacing it whole.
     *
     * @param target  the file
     * @param content the content (UTF-8)
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // a new file rather than Files.createTempFile, whose owner-only permissions would stay on the output
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
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named after the output; nothing more can be done
            }
        }
    }
}

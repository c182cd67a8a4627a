package dev.tandem.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way every command writes an output file ({@code --output}, the credentials of {@code --badges}).
 *
 * <ul>
 *   <li>An output that is the same file as one of the command's inputs (same real path or same file key, so
 *       hard and symbolic links count) is refused before anything is read or written.</li>
 *   <li>A regular file (or a new one) is written to a new hidden file beside it, which is then moved over it
 *       (atomically where the file system allows it), so a reader never sees half a file and a failed run
 *       leaves an existing file as it was. A symbolic link is written through: its target is replaced and the
 *       link stays.</li>
 *   <li>A named pipe, a device or another special file is never replaced: it is opened and written in place
 *       ({@code --output /dev/null} discards, a pipe's reader gets the document). A directory is refused.</li>
 *   <li>A replaced file keeps its permissions. A new file holding learner data (progress, credentials) is
 *       created readable and writable by its owner only (0600); any other new file gets the permissions the
 *       process's umask gives.</li>
 *   <li>Several outputs of one run form a {@link Batch}: every file is written to its temporary file first and
 *       the files are moved into place only when all were written, so a run that fails part way replaces
 *       nothing.</li>
 *   <li>A temporary file is deleted when its run fails, and by a shutdown hook when the process is stopped
 *       (SIGTERM, SIGINT) while writing.</li>
 * </ul>
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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

    /** An output that must not be written: refused before anything was written. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The temporary files being written, deleted by the shutdown hook when the process is stopped. */
    private static final class Live {
        static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : FILES) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException | RuntimeException e) {
                        // nothing more can be done while the process stops
                    }
                }
            }, "tandem-temporary-files"));
        }

        private Live() {
        }
    }

    /**
     * Decides where and how an output is written, refusing what must not be written.
     *
     * @param output      the output as given
     * @param learnerData whether the output holds learner data (a new file is then owner-only)
     * @param inputs      the command's input files (missing ones and nulls are ignored)
     * @return the decided output
     * @throws Refused     when the output is one of the inputs or a directory
     * @throws IOException when the output's attributes cannot be read
     */
    static Target target(Path output, boolean learnerData, Collection<Path> inputs) throws IOException {
        Objects.requireNonNull(output, "output");
        Path absolute = output.toAbsolutePath();
        BasicFileAttributes attributes = attributes(absolute);
        if (attributes == null) {
            if (Files.isSymbolicLink(absolute)) {
                throw new Refused("is a symbolic link to nothing; remove it or name its target");
            }
            return new Target(absolute, Kind.NEW, learnerData ? OWNER_ONLY : null);
        }
        if (attributes.isDirectory()) {
            throw new Refused("is a directory");
        }
        for (Path input : inputs) {
            if (input != null && sameFile(absolute, input)) {
                throw new Refused("is the same file as the input " + input + "; write the output elsewhere");
            }
        }
        Path real = absolute.toRealPath();
        if (!attributes.isRegularFile()) {
            return new Target(real, Kind.SPECIAL, null);
        }
        Set<PosixFilePermission> permissions = null;
        try {
            permissions = Files.getPosixFilePermissions(real);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the default permissions
        }
        return new Target(real, Kind.EXISTING, permissions);
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            if (!Files.exists(input)) {
                return false;
            }
            return Files.isSameFile(output, input) || output.toRealPath().equals(input.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** What the output path names. */
    enum Kind {
        /** Nothing yet: a new regular file. */
        NEW,
        /** A regular file, replaced whole. */
        EXISTING,
        /** A pipe, a device or another special file, written in place. */
        SPECIAL
    }

    /**
     * A decided output.
     *
     * @param path        the file written (the link's target for a symbolic link)
     * @param kind        what the path names
     * @param permissions the permissions of the file written, or null for the defaults
     */
    record Target(Path path, Kind kind, Set<PosixFilePermission> permissions) {
    }

    /**
     * The outputs of one run, written to temporary files and moved into place together by {@link #commit()}.
     * Closing the batch deletes every temporary file not moved. Not thread-safe.
     */
    static final class Batch implements AutoCloseable {
        private final List<Target> targets = new ArrayList<>();
        private final List<Path> temps = new ArrayList<>();
        private final List<Content> inPlace = new ArrayList<>();
        private boolean committed;

        /**
         * Writes one output: a regular file to its temporary file now, a special file is only noted (it is
         * written in place by {@link #commit()}).
         *
         * @param target  the decided output
         * @param content what to write, UTF-8
         * @throws IOException when the temporary file cannot be written (it is then deleted)
         */
        void add(Target target, Content content) throws IOException {
            if (committed) {
                throw new IllegalStateException("The batch is committed");
            }
            if (target.kind() == Kind.SPECIAL) {
                targets.add(target);
                temps.add(null);
                inPlace.add(content);
                return;
            }
            Path temp = temporary(target);
            targets.add(target);
            temps.add(temp);
            inPlace.add(null);
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8)) {
                Writer buffered = new java.io.BufferedWriter(out, 1 << 16);
                content.writeTo(buffered);
                buffered.flush();
            }
        }

        /**
         * Moves every temporary file over its target and writes the special files in place.
         *
         * @throws IOException when a file cannot be moved or written
         */
        void commit() throws IOException {
            committed = true;
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                if (temps.get(i) == null) {
                    try (OutputStream stream = Files.newOutputStream(target.path(), StandardOpenOption.WRITE);
                            Writer out = new java.io.BufferedWriter(new OutputStreamWriter(stream,
                                    StandardCharsets.UTF_8), 1 << 16)) {
                        inPlace.get(i).writeTo(out);
                    }
                    continue;
                }
                Path temp = temps.get(i);
                try {
                    Files.move(temp, target.path(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target.path(), StandardCopyOption.REPLACE_EXISTING);
                }
                Live.FILES.remove(temp);
                temps.set(i, null);
            }
        }

        /** Deletes the temporary files not moved into place (what cannot be deleted is left to the hook). */
        @Override
        public void close() {
            for (Path temp : temps) {
                if (temp == null) {
                    continue;
                }
                try {
                    Files.deleteIfExists(temp);
                    Live.FILES.remove(temp);
                } catch (IOException e) {
                    // left in the set: the shutdown hook tries again
                }
            }
            temps.clear();
        }

        private static Path temporary(Target target) throws IOException {
            Path path = target.path();
            Path temp = path.resolveSibling("." + path.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                    + ".tmp");
            Live.FILES.add(temp);
            try {
                Set<PosixFilePermission> permissions = target.permissions();
                if (permissions == null || !posix(path)) {
                    Files.createFile(temp);
                } else {
                    // created owner-only, then given the permissions wanted (which the umask must not narrow)
                    Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.setPosixFilePermissions(temp, permissions);
                }
                return temp;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                Live.FILES.remove(temp);
                throw e;
            }
        }

        private static boolean posix(Path path) throws IOException {
            Path dir = path.getParent();
            return dir != null && Files.getFileStore(dir).supportsFileAttributeView("posix");
        }
    }

    /**
     * Writes one output the safe way ({@link #target} without inputs, then a one-file {@link Batch}).
     *
     * @param target  the file to create or replace
     * @param content what to write, UTF-8
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    static void write(Path target, Content content) throws IOException {
        write(target(target, false, List.of()), content);
    }

    /**
     * Writes one decided output.
     *
     * @param target  the decided output
     * @param content what to write, UTF-8
     * @throws IOException when the file cannot be written; a regular file is then unchanged
     */
    static void write(Target target, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.add(target, content);
            batch.commit();
        }
    }

    /**
     * Writes a text file the safe way.
     *
     * @param target the file to create or replace
     * @param text   the text, written as UTF-8
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }
}

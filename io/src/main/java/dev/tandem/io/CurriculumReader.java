package dev.tandem.io;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.io.internal.Binder;
import dev.tandem.io.internal.TreeParser;
import dev.tandem.io.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads curriculum documents (YAML or JSON, FORMAT version 1) and reports every problem at once, each with
 * its JSON Pointer, line and column.
 *
 * <p>Thread-safe and reusable: create one reader and read many documents with it. Problems in a document
 * never throw: they are diagnostics of the {@link ReadResult}. Only I/O failures of {@link #read(Path)}
 * throw ({@link UncheckedIOException}).
 *
 * <pre>{@code
 * ReadResult result = CurriculumReader.create().read(Path.of("curriculum.yaml"));
 * result.diagnostics().forEach(System.out::println);
 * Curriculum curriculum = result.orElseThrow();
 * }</pre>
 */
public final class CurriculumReader {

    /** Room on a YAML line for a key, indentation and quotes around a string of the longest length. */
    private static final int LINE_SLACK = 4096;

    private final ReadOptions options;
    private final TreeParser parser;

    private CurriculumReader(ReadOptions options) {
        this.options = options;
        this.parser = new TreeParser(options);
    }

    /** {@return a reader with the default limits} */
    public static CurriculumReader create() {
        return new CurriculumReader(ReadOptions.defaults());
    }

    /**
     * {@return a reader with the given limits}
     *
     * @param options the limits
     */
    public static CurriculumReader create(ReadOptions options) {
        return new CurriculumReader(Objects.requireNonNull(options, "options"));
    }

    /** {@return the limits of this reader} */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads a file. The format follows the extension ({@code .yaml}, {@code .yml}, {@code .json}); for any
     * other name it is JSON when the first non-blank character is '{', else YAML. A file larger than the
     * document limit is not read at all (a {@code limit-exceeded} diagnostic).
     *
     * @param file the file
     * @return the curriculum and diagnostics
     * @throws UncheckedIOException when the file is missing or cannot be read (wrapping
     *         {@link java.nio.file.NoSuchFileException} and the like)
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.isRegularFile(file) && Files.size(file) > options.maxDocumentBytes()) {
                return tooLarge().from(file);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // a pipe or a device (/dev/zero) has no size: read to the limit plus one byte
                bytes = Utf8.readAtMost(in, options.maxDocumentBytes());
            }
            if (bytes.length > options.maxDocumentBytes()) {
                return tooLarge().from(file);
            }
            DocumentFormat format = DocumentFormat.fromFileName(file.getFileName().toString())
                    .orElseGet(() -> sniff(bytes));
            return readBytes(bytes, format).from(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from a stream, reading at most one byte more than the document limit. The stream is
     * not closed.
     *
     * @param in     the document's bytes, UTF-8
     * @param format its format
     * @return the curriculum and diagnostics
     * @throws UncheckedIOException when the stream fails
     */
    public ReadResult read(InputStream in, DocumentFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        try {
            byte[] bytes = Utf8.readAtMost(in, options.maxDocumentBytes());
            if (bytes.length > options.maxDocumentBytes()) {
                return tooLarge();
            }
            return readBytes(bytes, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from text.
     *
     * @param text   the document
     * @param format its format
     * @return the curriculum and diagnostics
     */
    public ReadResult read(String text, DocumentFormat format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        // no char takes more than three bytes in UTF-8 (a surrogate pair takes four for two chars)
        if (3L * text.length() > options.maxDocumentBytes() && utf8Length(text) > options.maxDocumentBytes()) {
            return tooLarge();
        }
        return readText(text, format);
    }

    private ReadResult readBytes(byte[] bytes, DocumentFormat format) {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            return ReadResult.failed(List.of(e.diagnostic()));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return readText(text, format);
    }

    private ReadResult readText(String text, DocumentFormat format) {
        if (format == DocumentFormat.YAML) {
            ReadResult longLine = longLine(text);
            if (longLine != null) {
                return longLine;
            }
        }
        TreeParser.Parsed parsed = parser.parse(text, format == DocumentFormat.YAML);
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        if (parsed.root() == null) {
            return ReadResult.failed(sorted(all));
        }
        Binder binder = new Binder();
        Curriculum.Builder builder = binder.bind(parsed.root());
        for (Diagnostic d : binder.diagnostics()) {
            all.add(locate(d, d.path(), parsed));
        }
        Curriculum built = null;
        if (builder != null) {
            // validate once: build() either returns the curriculum with its warnings or throws with everything
            List<Diagnostic> semantic;
            try {
                built = builder.build();
                semantic = built.warnings();
            } catch (CurriculumException e) {
                semantic = e.diagnostics();
            }
            Set<String> seen = new HashSet<>();
            for (Diagnostic d : all) {
                seen.add(d.path() + " " + d.code());
            }
            for (Diagnostic d : semantic) {
                JsonPointer path = binder.documentPath(d.path());
                if (binder.covered(path) || !seen.add(path + " " + d.code())) {
                    continue;
                }
                Diagnostic moved = new Diagnostic(d.severity(), d.code(), path, 0, 0, d.message());
                all.add(locate(moved, path, parsed));
            }
        }
        List<Diagnostic> result = sorted(all);
        if (built == null && builder != null && result.stream().allMatch(d -> !d.isError()
                || d.code() == DiagnosticCode.REQUIREMENT_VIOLATED)) {
            return ReadResult.draft(result, builder.buildDraft());
        }
        if (built == null || result.stream().anyMatch(Diagnostic::isError)) {
            return ReadResult.failed(result);
        }
        return new ReadResult(built, result);
    }

    private static Diagnostic locate(Diagnostic d, JsonPointer path, TreeParser.Parsed parsed) {
        if (d.hasPosition()) {
            return d;
        }
        int[] at = null;
        if (d.code() == DiagnosticCode.UNKNOWN_FIELD) {
            at = parsed.keys().get(path);
        }
        for (JsonPointer p = path; at == null; p = p.parent()) {
            at = parsed.index().get(p);
            if (p.isRoot()) {
                break;
            }
        }
        return at == null ? d : d.at(at[0], at[1]);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> list = new ArrayList<>(diagnostics);
        list.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return list;
    }

    /**
     * Refuses a YAML line that cannot hold a string within the limit: SnakeYAML scans one long token in time
     * that grows with the square of its length, before any limit can stop it.
     */
    private ReadResult longLine(String text) {
        long max = (long) options.maxStringLength() + LINE_SLACK;
        if (text.length() <= max) {
            return null;
        }
        if (text.indexOf('\r') < 0) {
            // the usual case, line feeds only: String.indexOf finds them faster than a loop over the chars
            int line = 1;
            for (int start = 0;; line++) {
                int end = text.indexOf('\n', start);
                if ((end < 0 ? text.length() : end) - start > max) {
                    return tooLong(line, max);
                }
                if (end < 0) {
                    return null;
                }
                start = end + 1;
            }
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > max) {
                    return tooLong(line, max);
                }
                if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length()
                        && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    private ReadResult tooLong(int line, long max) {
        return ReadResult.failed(List.of(Diagnostic.error(DiagnosticCode.LIMIT_EXCEEDED, JsonPointer.root(), "line "
                + line + " is longer than " + max + " characters (a string may have at most "
                + options.maxStringLength() + ")").at(line, 1)));
    }

    private ReadResult tooLarge() {
        return ReadResult.failed(List.of(Diagnostic.error(DiagnosticCode.LIMIT_EXCEEDED, JsonPointer.root(),
                "the document is larger than " + options.maxDocumentBytes() + " bytes").at(1, 1)));
    }

    private static DocumentFormat sniff(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{') {
                return DocumentFormat.JSON;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return DocumentFormat.YAML;
            }
        }
        return DocumentFormat.YAML;
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

}

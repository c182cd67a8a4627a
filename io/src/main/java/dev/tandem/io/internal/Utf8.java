package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reading input as UTF-8, strictly and within a size: bytes that are not UTF-8 are an error with the line and
 * column where they stand (never replaced, so two different names in another encoding cannot become one), and a
 * stream is read to at most its limit plus one byte (so {@code /dev/zero}, a pipe or a device cannot exhaust
 * memory). Lines end at LF, CR or CRLF, as in YAML and JSON.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Bytes that are not UTF-8 text, at a line and column (of code points, from 1). */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        /** The line of the first bad byte, from 1. */
        private final long line;
        /** The column of the first bad byte, in code points from 1. */
        private final long column;
        /** The first bad byte, 0 to 255. */
        private final int firstByte;

        Malformed(long line, long column, int firstByte) {
            super("not UTF-8 text at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
            this.firstByte = firstByte;
        }

        /** {@return the line of the first byte that is not UTF-8, from 1} */
        public long line() {
            return line;
        }

        /** {@return the column of that byte, counted in characters from 1} */
        public long column() {
            return column;
        }

        /**
         * {@return the problem as a {@code syntax} diagnostic of the whole document, at the bad byte's line and
         * column}
         */
        public Diagnostic diagnostic() {
            return Diagnostic.error(DiagnosticCode.SYNTAX, JsonPointer.root(), describe())
                    .at((int) Math.min(Integer.MAX_VALUE, line), (int) Math.min(Integer.MAX_VALUE, column));
        }

        /** {@return what a message says about the bytes, with advice} */
        public String describe() {
            return "the text is not UTF-8 (byte 0x" + String.format("%02X", firstByte) + " at line " + line
                    + ", column " + column + "); save the file as UTF-8";
        }
    }

    /**
     * {@return the error of bytes that are not UTF-8, for a reader that checks bytes itself}
     *
     * @param line      the line of the first bad byte, from 1
     * @param column    its column, in characters from 1
     * @param firstByte the first bad byte, 0 to 255
     */
    public static Malformed malformed(long line, long column, int firstByte) {
        return new Malformed(line, column, firstByte);
    }

    /**
     * Reads a stream to at most {@code limit + 1} bytes.
     *
     * @param in    the stream; not closed
     * @param limit the most bytes wanted
     * @return the bytes read: more than {@code limit} when the stream is longer than the limit
     * @throws IOException when the stream fails
     */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        Objects.requireNonNull(in, "in");
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    /**
     * Decodes bytes as UTF-8, strictly.
     *
     * @param bytes the bytes
     * @return the text, without a byte-order mark at the start
     * @throws Malformed at the first bytes that are not UTF-8
     */
    public static String decode(byte[] bytes) throws Malformed {
        StringBuilder text = new StringBuilder(bytes.length);
        try (Reader reader = reader(new java.io.ByteArrayInputStream(bytes))) {
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
            }
        } catch (Malformed e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return text.toString();
    }

    /**
     * {@return a reader of a stream's UTF-8 text that throws {@link Malformed} where the bytes are not UTF-8}: the
     * text before that point is read first. A byte-order mark at the start is skipped. Not thread-safe.
     *
     * @param in the stream; closed with the reader
     */
    public static Reader reader(InputStream in) {
        return new StrictReader(Objects.requireNonNull(in, "in"));
    }

    /** Decodes as it goes, keeping track of the line and column of the next character. */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private boolean endOfInput;
        private boolean done;
        private Malformed failure;
        private long line = 1;
        private long column = 1;
        private boolean afterCarriageReturn;
        private boolean atStart = true;

        StrictReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (failure != null) {
                    throw failure;
                }
                if (done) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }

        private void fill() throws IOException {
            chars.clear();
            if (!endOfInput) {
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (atStart && chars.position() > 0) {
                atStart = false;
                if (chars.get(0) == '\uFEFF') {
                    // drop the byte-order mark: move the rest down
                    int n = chars.position();
                    for (int i = 1; i < n; i++) {
                        chars.put(i - 1, chars.get(i));
                    }
                    chars.position(n - 1);
                }
            }
            if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                done = true;
            }
            track();
            if (result.isError()) {
                failure = new Malformed(line, column, bytes.get(bytes.position()) & 0xFF);
            }
            chars.flip();
        }

        /** Moves the line and column over the characters just decoded. */
        private void track() {
            for (int i = 0; i < chars.position(); i++) {
                char c = chars.get(i);
                if (c == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    column = 1;
                } else if (c == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                afterCarriageReturn = c == '\r';
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

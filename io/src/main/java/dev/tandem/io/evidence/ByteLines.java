package dev.tandem.io.evidence;

import dev.tandem.io.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream of UTF-8 bytes into lines without decoding them, checking as it goes that the bytes are UTF-8
 * (strictly: no overlong forms, no surrogates, nothing above U+10FFFF), so that a JSON parser can read each
 * line from its bytes. A line holding more than the limit of characters is read to its end and flagged as too
 * long, keeping only its start; memory stays bounded. Line ends are LF, CRLF or CR; a byte-order mark at the
 * start of the stream is skipped. Not thread-safe.
 *
 * <p>A line lies in the read buffer when it fits there (no copy); otherwise it is gathered in a buffer of its
 * own. Either way {@link #bytes()}, {@link #offset()} and {@link #length()} give it, valid until the next call.
 */
final class ByteLines implements Lines {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxChars;
    /** The most bytes kept of a line: any line of at most {@code maxChars} characters fits. */
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean atStart = true;
    private boolean pendingCarriageReturn;

    private byte[] own = new byte[256];
    private byte[] lineBytes;
    private int lineOffset;
    private int length;
    private long lineNumber;
    private boolean tooLong;
    /** True when the line has a byte outside ASCII. */
    private boolean wide;
    /** Characters of the line's start that were dropped for the length limit. */
    private long droppedChars;
    /** True while a line that runs past the read buffer's end is gathered in {@link #own}. */
    private boolean gathering;

    /** Bytes still expected in the multi-byte sequence being read, 0 between characters. */
    private int pending;
    /** The allowed range of the next continuation byte (it narrows after E0, ED, F0 and F4). */
    private int low = 0x80;
    private int high = 0xBF;
    /** The first byte of the sequence being read, and the characters of the line before it. */
    private int sequenceStart;
    private long sequenceColumn;

    ByteLines(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, 4L * maxChars);
    }

    /**
     * Reads the next line without its end.
     *
     * @return false at the end of the input
     * @throws Utf8.Malformed at the first bytes that are not UTF-8
     * @throws IOException    when the stream fails
     */
    @Override
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        wide = false;
        droppedChars = 0;
        lineBytes = buffer;
        lineOffset = position;
        boolean any = false;
        gathering = false;
        while (true) {
            if (position == limit) {
                if (any && !gathering) {
                    gather(lineOffset, position);
                    gathering = true;
                }
                if (!fill()) {
                    if (pending > 0) {
                        throw malformed();
                    }
                    if (!any) {
                        return false;
                    }
                    return finish();
                }
                if (!gathering) {
                    lineOffset = position;
                }
                if (position == limit) {
                    continue; // only a byte-order mark was read
                }
            }
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    lineOffset = position;
                    continue;
                }
            }
            any = true;
            int start = position;
            int end = scan(start);
            if (gathering) {
                gather(start, end);
            }
            if (end < limit) {
                position = end + 1;
                pendingCarriageReturn = buffer[end] == '\r';
                if (!gathering) {
                    length = end - lineOffset;
                }
                return finish();
            }
            position = limit;
        }
    }

    /** {@return the index of the first line end in buffer[start, limit), or limit}, checking the bytes */
    private int scan(int start) throws Utf8.Malformed {
        byte[] b = buffer;
        int end = limit;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (pending == 0) {
                if (c >= 0) {
                    if (c == '\n' || c == '\r') {
                        return i;
                    }
                    continue;
                }
                lead(c & 0xFF, i);
            } else {
                continuation(c & 0xFF, i);
            }
        }
        return end;
    }

    /** Starts a multi-byte sequence at buffer[i]. */
    private void lead(int c, int i) throws Utf8.Malformed {
        wide = true;
        sequenceStart = c;
        sequenceColumn = -1 - i; // worked out only when needed: see malformed()
        low = 0x80;
        high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            pending = 2;
            if (c == 0xE0) {
                low = 0xA0;
            } else if (c == 0xED) {
                high = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            pending = 3;
            if (c == 0xF0) {
                low = 0x90;
            } else if (c == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw malformed(i);
        }
    }

    /** Takes a continuation byte at buffer[i]. */
    private void continuation(int c, int i) throws Utf8.Malformed {
        if (c < low || c > high) {
            throw malformed(i);
        }
        low = 0x80;
        high = 0xBF;
        pending--;
    }

    private Utf8.Malformed malformed(int at) {
        if (pending == 0) {
            sequenceStart = buffer[at] & 0xFF;
            sequenceColumn = -1 - at;
        }
        return malformed();
    }

    /** {@return the error at the start of the sequence being read} */
    private Utf8.Malformed malformed() {
        long column = sequenceColumn;
        if (column < 0) {
            // the sequence starts in the read buffer: count the characters of the line before it
            int at = (int) (-1 - column);
            column = gathering ? droppedChars + chars(own, 0, length) + chars(buffer, 0, at) + 1
                    : chars(buffer, lineOffset, at - lineOffset) + 1;
        }
        return Utf8.malformed(lineNumber + 1, column, sequenceStart);
    }

    /** {@return how many characters (code points) the valid UTF-8 bytes b[from, from + count) hold} */
    private static long chars(byte[] b, int from, int count) {
        long n = 0;
        for (int i = from; i < from + count; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** {@return how many UTF-16 characters the valid UTF-8 bytes b[from, from + count) make, as String.length} */
    private static long units(byte[] b, int from, int count) {
        long n = 0;
        for (int i = from; i < from + count; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80 || c >= 0xC0) {
                n += c >= 0xF0 ? 2 : 1;
            }
        }
        return n;
    }

    private boolean finish() {
        lineNumber++;
        if (gathering) {
            lineBytes = own;
            lineOffset = 0;
        }
        if (length > maxChars && units(lineBytes, lineOffset, length) > maxChars) {
            tooLong = true;
        }
        return true;
    }

    /** Appends buffer[start, end) to the line's own buffer, up to the byte limit. */
    private void gather(int start, int end) {
        if (sequenceColumn < 0 && pending > 0) {
            // a sequence open across the buffer's end: fix its column before its bytes move
            int at = (int) (-1 - sequenceColumn);
            if (at >= start && at < end) {
                sequenceColumn = droppedChars + chars(own, 0, length) + chars(buffer, start, at - start) + 1;
            }
        }
        int count = end - start;
        int room = maxBytes - length;
        if (count > room) {
            tooLong = true;
            droppedChars += chars(buffer, start + Math.max(room, 0), count - Math.max(room, 0));
            count = Math.max(room, 0);
        }
        if (count == 0) {
            return;
        }
        if (length + count > own.length) {
            own = Arrays.copyOf(own, (int) Math.min(maxBytes, Math.max(2L * own.length, (long) length + count)));
        }
        System.arraycopy(buffer, start, own, length, count);
        length += count;
    }

    /** Reads more bytes into the buffer; {@return false at the end of the input} */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        if (n > 0 && atStart) {
            atStart = false;
            if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
        return n > 0;
    }

    /** {@return the array holding the line last read} */
    byte[] bytes() {
        return lineBytes;
    }

    /** {@return where the line starts in {@link #bytes()}} */
    int offset() {
        return lineOffset;
    }

    /** {@return the line's length in bytes (of its start only, when it is too long)} */
    int length() {
        return length;
    }

    /** {@return true when the line has a byte outside ASCII} */
    boolean wide() {
        return wide;
    }

    @Override
    public boolean isBlank() {
        for (int i = lineOffset; i < lineOffset + length; i++) {
            byte c = lineBytes[i];
            if (c < 0) {
                // outside ASCII: decide on the characters, as String.isBlank does
                return new String(lineBytes, lineOffset, length, java.nio.charset.StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean tooLong() {
        return tooLong;
    }
}

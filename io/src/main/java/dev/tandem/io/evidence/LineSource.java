package dev.tandem.io.evidence;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads lines with a length limit, so that one enormous line cannot exhaust memory: the part beyond the
 * limit is read and dropped, and the line is flagged as too long. Line ends are LF, CRLF or CR. Not
 * thread-safe.
 */
final class LineSource implements Lines {

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private char[] line = new char[256];
    private int length;
    private long lineNumber;
    private boolean tooLong;
    private boolean pendingCarriageReturn;

    LineSource(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /**
     * Reads the next line without its end into {@link #chars()}, valid until the next call.
     *
     * @return false at the end of the input
     */
    @Override
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    lineNumber++;
                    return true;
                }
            }
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            int end = start;
            char c = 0;
            while (end < limit) {
                c = buffer[end];
                if (c == '\n' || c == '\r') {
                    break;
                }
                end++;
            }
            append(start, end);
            if (end < limit) {
                position = end + 1;
                pendingCarriageReturn = c == '\r';
                lineNumber++;
                return true;
            }
            position = limit;
        }
    }

    /** Appends buffer[start, end) to the line, up to the length limit. */
    private void append(int start, int end) {
        int count = end - start;
        int room = maxLength - length;
        if (count > room) {
            tooLong = true;
            count = Math.max(room, 0);
        }
        if (count == 0) {
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLength, Math.max(2L * line.length, length + count)));
        }
        System.arraycopy(buffer, start, line, length, count);
        length += count;
    }

    /** {@return the characters of the line last read, from index 0 to {@link #length()}} */
    char[] chars() {
        return line;
    }

    /** {@return the length of the line last read (at most the limit)} */
    int length() {
        return length;
    }

    @Override
    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(line[i])) {
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

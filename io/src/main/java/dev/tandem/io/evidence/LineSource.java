package dev.tandem.io.evidence;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a length limit, so that one enormous line cannot exhaust memory: the part beyond the
 * limit is read and dropped, and the line is flagged as too long. Line ends are LF, CRLF or CR. Not
 * thread-safe.
 */
final class LineSource {

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean tooLong;
    private boolean pendingCarriageReturn;

    LineSource(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** {@return the next line without its end, or null at the end of the input} */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            char c = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCarriageReturn = c == '\r';
                lineNumber++;
                return line.toString();
            }
            if (line.length() < maxLength) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    /** {@return the number of the line last returned (1 for the first)} */
    long lineNumber() {
        return lineNumber;
    }

    /** {@return true when the line last returned was cut because it was longer than the limit} */
    boolean tooLong() {
        return tooLong;
    }
}

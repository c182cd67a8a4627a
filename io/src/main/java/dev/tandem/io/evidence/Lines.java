package dev.tandem.io.evidence;

import java.io.IOException;

/** The lines of a JSON Lines input, one at a time, each with its number and whether it was too long. */
interface Lines {

    /**
     * Reads the next line.
     *
     * @return false at the end of the input
     * @throws IOException when the input fails (or is not UTF-8)
     */
    boolean next() throws IOException;

    /** {@return true when the line last read has only white space (or nothing), as {@link String#isBlank()}} */
    boolean isBlank();

    /** {@return the number of the line last returned (1 for the first)} */
    long lineNumber();

    /** {@return true when the line last returned was longer than the limit} */
    boolean tooLong();
}

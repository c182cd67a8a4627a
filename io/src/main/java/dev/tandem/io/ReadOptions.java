package dev.tandem.io;

/**
 * Limits that protect a reader from hostile or broken documents (FORMAT section 8). Exceeding one gives a
 * {@code limit-exceeded} diagnostic, quickly and with bounded memory.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change what you need with the
 * {@code withX} methods.
 *
 * @param maxDocumentBytes the largest document, in bytes (default 16 MiB)
 * @param maxDepth         the deepest nesting of mappings and lists (default 64)
 * @param maxAliases       the most YAML aliases in one document (default 50)
 * @param maxStringLength  the longest string, in characters (default 1 MiB)
 */
public record ReadOptions(long maxDocumentBytes, int maxDepth, int maxAliases, int maxStringLength) {

    /** The default document size limit: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    /** The default nesting depth limit: 64. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default YAML alias limit: 50. */
    public static final int DEFAULT_MAX_ALIASES = 50;
    /** The default string length limit: 1 MiB characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

    private static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_ALIASES, DEFAULT_MAX_STRING_LENGTH);

    /**
     * Checks that every limit is positive (aliases may be 0).
     *
     * @param maxDocumentBytes the largest document, in bytes (default 16 MiB)
     * @param maxDepth         the deepest nesting of mappings and lists (default 64)
     * @param maxAliases       the most YAML aliases in one document (default 50)
     * @param maxStringLength  the longest string, in characters (default 1 MiB)
     */
    public ReadOptions {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("Invalid maxDocumentBytes (must be >= 1): " + maxDocumentBytes);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("Invalid maxDepth (must be >= 1): " + maxDepth);
        }
        if (maxAliases < 0) {
            throw new IllegalArgumentException("Invalid maxAliases (must be >= 0): " + maxAliases);
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("Invalid maxStringLength (must be >= 1): " + maxStringLength);
        }
    }

    /** {@return the default limits} */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy with another document size limit}
     *
     * @param bytes the limit in bytes
     */
    public ReadOptions withMaxDocumentBytes(long bytes) {
        return new ReadOptions(bytes, maxDepth, maxAliases, maxStringLength);
    }

    /**
     * {@return a copy with another nesting depth limit}
     *
     * @param depth the limit
     */
    public ReadOptions withMaxDepth(int depth) {
        return new ReadOptions(maxDocumentBytes, depth, maxAliases, maxStringLength);
    }

    /**
     * {@return a copy with another YAML alias limit}
     *
     * @param aliases the limit
     */
    public ReadOptions withMaxAliases(int aliases) {
        return new ReadOptions(maxDocumentBytes, maxDepth, aliases, maxStringLength);
    }

    /**
     * {@return a copy with another string length limit}
     *
     * @param length the limit in characters
     */
    public ReadOptions withMaxStringLength(int length) {
        return new ReadOptions(maxDocumentBytes, maxDepth, maxAliases, length);
    }
}

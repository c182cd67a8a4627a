package dev.tandem.io.evidence;

import java.util.Arrays;
import java.util.Collection;

/**
 * The ids a reader expects to meet again and again (kinds, assessment, module and tier ids of its curriculum),
 * found from the characters a parser holds, so that a known value costs no new {@code String} and comes back as
 * one canonical instance whose hash is already computed. An open-addressing table keyed by a cheap hash of the
 * length and three characters (the ids are few, so a shared slot only costs one more comparison), each id's
 * characters kept beside it for a comparison the JDK vectorises; immutable once built, and so thread-safe.
 */
final class KnownIds {

    private final String[] table;
    private final char[][] chars;
    private final int mask;

    /** Builds the lookup of the given ids (duplicates are kept once). */
    KnownIds(Collection<String> ids) {
        int size = Integer.highestOneBit(Math.max(4, ids.size() * 4) - 1) << 1;
        table = new String[size];
        chars = new char[size][];
        mask = size - 1;
        for (String id : ids) {
            char[] c = id.toCharArray();
            int slot = hash(c, 0, c.length) & mask;
            while (table[slot] != null && !table[slot].equals(id)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
            chars[slot] = c;
        }
    }

    /** {@return a hash of the length and the first, middle and last characters} */
    private static int hash(char[] c, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int h = length;
        h = 31 * h + c[offset];
        h = 31 * h + c[offset + (length >>> 1)];
        h = 31 * h + c[offset + length - 1];
        return h ^ h >>> 7;
    }

    /**
     * {@return the known id with the given characters, or null when there is none}
     *
     * @param text   holds the characters
     * @param offset where they start
     * @param length how many there are
     */
    String find(char[] text, int offset, int length) {
        for (int slot = hash(text, offset, length) & mask;; slot = (slot + 1) & mask) {
            char[] id = chars[slot];
            if (id == null) {
                return null;
            }
            if (id.length == length && Arrays.equals(id, 0, length, text, offset, offset + length)) {
                return table[slot];
            }
        }
    }

    /** {@return the known id equal to the text, or a new string of the characters} */
    String text(char[] text, int offset, int length) {
        String id = find(text, offset, length);
        return id != null ? id : new String(text, offset, length);
    }
}

package dev.tandem.io.evidence;

import java.util.Collection;

/**
 * The ids a reader expects to meet again and again (kinds, assessment, module and tier ids of its curriculum),
 * found from the characters a parser holds, so that a known value costs no new {@code String} and comes back as
 * one canonical instance whose hash is already computed. An open-addressing table; immutable once built, and so
 * thread-safe.
 */
final class KnownIds {

    private final String[] table;
    private final int mask;

    /** Builds the lookup of the given ids (duplicates are kept once). */
    KnownIds(Collection<String> ids) {
        int size = Integer.highestOneBit(Math.max(4, ids.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String id : ids) {
            int slot = id.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(id)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
        }
    }

    /**
     * {@return the known id with the given characters, or null when there is none}
     *
     * @param chars  holds the characters
     * @param offset where they start
     * @param length how many there are
     */
    String find(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // the hash of String, so that it matches the ids' own
        }
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            String id = table[slot];
            if (id == null) {
                return null;
            }
            if (id.length() == length && same(id, chars, offset)) {
                return id;
            }
        }
    }

    /** {@return the known id equal to the text, or a new string of the characters} */
    String text(char[] chars, int offset, int length) {
        String id = find(chars, offset, length);
        return id != null ? id : new String(chars, offset, length);
    }

    private static boolean same(String id, char[] chars, int offset) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}

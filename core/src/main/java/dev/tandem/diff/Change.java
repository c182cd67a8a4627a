package dev.tandem.diff;

import dev.tandem.diagnostic.JsonPointer;
import java.util.Objects;

/**
 * One structural change between two versions of a curriculum: an item added or removed, or a field changed.
 * Paths name items by id, not by position ({@code /competencies/crisis.signs/title}). Values are in the
 * canonical form of the curriculum's JSON document: a {@code Map} (keys in document order), a {@code List}, a
 * {@code String}, a {@code Number}, a {@code Boolean}, all unmodifiable, or null.
 *
 * @param kind     what happened
 * @param path     the item or field, by id
 * @param oldValue the old item or field value; null when added, or for a field the old version leaves out
 * @param newValue the new item or field value; null when removed, or for a field the new version leaves out
 */
public record Change(Kind kind, JsonPointer path, Object oldValue, Object newValue) {

    /** Checks the components and freezes the values. */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (kind == Kind.ADDED && (oldValue != null || newValue == null)
                || kind == Kind.REMOVED && (newValue != null || oldValue == null)) {
            throw new IllegalArgumentException("An added item has only a new value, a removed one only an old value");
        }
        oldValue = Trees.freeze(oldValue);
        newValue = Trees.freeze(newValue);
    }

    /** The kinds of change. */
    public enum Kind {
        /** An item (with an id) only the new version has. */
        ADDED("added"),
        /** An item (with an id) only the old version has. */
        REMOVED("removed"),
        /** A field whose value differs (or is present in only one version). */
        CHANGED("changed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** {@return the name used in output, for example {@code added}} */
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }
    }
}

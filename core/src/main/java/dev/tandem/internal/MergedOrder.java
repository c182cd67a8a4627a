package dev.tandem.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which two versions of a list are shown together: the new version's items in its order, each
 * item only the old version has placed right after the item it follows in the old version (first when it is
 * the old version's first). Used for tier order in policy comparisons and for the order of curriculum changes.
 */
public final class MergedOrder {

    private MergedOrder() {
    }

    /**
     * {@return the merged order of two lists of distinct keys}
     *
     * @param <K>      the key type
     * @param newer    the new version's keys, in order
     * @param older    the old version's keys, in order
     */
    public static <K> List<K> of(List<K> newer, List<K> older) {
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(older, "older");
        List<K> out = new ArrayList<>(newer);
        Set<K> inNew = new HashSet<>(newer);
        for (int k = 0; k < older.size(); k++) {
            K key = older.get(k);
            if (!inNew.contains(key)) {
                out.add(k == 0 ? 0 : out.indexOf(older.get(k - 1)) + 1, key);
            }
        }
        return List.copyOf(out);
    }
}

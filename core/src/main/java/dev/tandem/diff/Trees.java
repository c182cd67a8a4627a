package dev.tandem.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Canonical document trees (maps, lists, strings, numbers, booleans) compared as FORMAT section 14.2 says:
 * maps by their entries whatever the key order, numbers by value ({@code 7} equals {@code 7.0}), and lists as
 * multisets (order does not matter) except the lists whose order carries meaning: a scale's {@code levels} and
 * a rule's {@code actions}.
 */
final class Trees {

    /** Lists compared in order: the order of their elements means something to the reader. */
    static final Set<String> ORDERED = Set.of("levels", "actions");

    private Trees() {
    }

    /** {@return whether two values under the given key are the same in canonical form} */
    static boolean same(Object a, Object b, String key) {
        return key(a, key).equals(key(b, key));
    }

    /** {@return a text equal for exactly the values that are the same in canonical form} */
    static String key(Object v, String key) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, String> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put((String) k, key(x, (String) k)));
            StringBuilder sb = new StringBuilder("{");
            sorted.forEach((k, x) -> sb.append(quote(k)).append(':').append(x).append(','));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(key(x, key)));
            if (!ORDERED.contains(key)) {
                Collections.sort(parts);
            }
            return "[" + String.join(",", parts) + "]";
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof String s) {
            return quote(s);
        }
        return v.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@return an unmodifiable deep copy of a tree (maps keep their key order)} */
    static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put((String) k, freeze(x)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(x -> copy.add(freeze(x)));
            return Collections.unmodifiableList(copy);
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        throw new IllegalArgumentException("Not a document value: " + v.getClass().getName());
    }
}

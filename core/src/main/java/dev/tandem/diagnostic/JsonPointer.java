package dev.tandem.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer such as {@code /modules/4/requires/1}: where in a document something is.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives the pointer text; {@link #parse(String)}
 * reads it back.
 *
 * @param tokens the unescaped reference tokens, from the root down
 */
public record JsonPointer(List<String> tokens) implements Comparable<JsonPointer> {

    private static final JsonPointer ROOT = new JsonPointer(List.of());

    /**
     * Creates a pointer from its unescaped tokens.
     *
     * @param tokens the unescaped reference tokens, from the root down
     */
    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** {@return the pointer to the whole document (the empty string)} */
    public static JsonPointer root() {
        return ROOT;
    }

    /**
     * Builds a pointer from tokens; numbers become array indexes.
     *
     * @param tokens property names (strings) or array indexes (integers)
     * @return the pointer
     */
    public static JsonPointer of(Object... tokens) {
        List<String> list = new ArrayList<>(tokens.length);
        for (Object token : tokens) {
            list.add(String.valueOf(Objects.requireNonNull(token, "token")));
        }
        return new JsonPointer(list);
    }

    /**
     * Parses pointer text such as {@code /a/b~1c/0}.
     *
     * @param text the pointer; empty for the root
     * @return the pointer
     * @throws IllegalArgumentException when the text is neither empty nor starts with {@code /}
     */
    public static JsonPointer parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("Invalid JSON Pointer (must be empty or start with '/'): " + text);
        }
        List<String> list = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            list.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(list);
    }

    /**
     * {@return a pointer to a property of the node this pointer names}
     *
     * @param name the property name
     */
    public JsonPointer append(String name) {
        Objects.requireNonNull(name, "name");
        String[] array = tokens.toArray(new String[tokens.size() + 1]);
        array[array.length - 1] = name;
        return new JsonPointer(List.of(array)); // List.copyOf in the constructor keeps this list as it is
    }

    /**
     * {@return a pointer to an element of the array this pointer names}
     *
     * @param index the array index, zero-based
     */
    public JsonPointer append(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Invalid array index (must be >= 0): " + index);
        }
        return append(Integer.toString(index));
    }

    /** {@return the pointer to the parent node; the root is its own parent} */
    public JsonPointer parent() {
        return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    /**
     * {@return true when this pointer is the given one or lies below it}
     *
     * @param prefix the pointer that may contain this one
     */
    public boolean startsWith(JsonPointer prefix) {
        return tokens.size() >= prefix.tokens.size()
                && tokens.subList(0, prefix.tokens.size()).equals(prefix.tokens);
    }

    /** {@return true for the pointer to the whole document} */
    public boolean isRoot() {
        return tokens.isEmpty();
    }

    @Override
    public int compareTo(JsonPointer other) {
        int n = Math.min(tokens.size(), other.tokens.size());
        for (int i = 0; i < n; i++) {
            String a = tokens.get(i);
            String b = other.tokens.get(i);
            int c = isIndex(a) && isIndex(b)
                    ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                    : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(tokens.size(), other.tokens.size());
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 18) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@return the pointer text, for example {@code /modules/4/requires/1}} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String token : tokens) {
            sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /**
     * {@return true when the other object is a pointer with the same tokens}; written out (as the record would do
     * it) so that no method handle is made for it at run time
     *
     * @param other the object to compare with
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPointer pointer && tokens.equals(pointer.tokens);
    }

    /** {@return the tokens' hash}, as the record would compute it */
    @Override
    public int hashCode() {
        return tokens.hashCode();
    }
}

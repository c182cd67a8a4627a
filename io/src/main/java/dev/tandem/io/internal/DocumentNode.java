package dev.tandem.io.internal;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed document: a mapping, a list or a scalar, with the position of its first character.
 * Built by {@link TreeParser}; immutable once built.
 */
public sealed interface DocumentNode permits DocumentNode.MapNode, DocumentNode.ListNode, DocumentNode.ScalarNode {

    /** {@return the 1-based line of the node's first character} */
    int line();

    /** {@return the 1-based column of the node's first character} */
    int column();

    /** {@return the number of nodes this node stands for once YAML aliases are expanded} */
    long expandedSize();

    /** {@return a short name of the node's type for messages} */
    String typeName();

    /**
     * A mapping, keys in document order.
     *
     * @param entries      the members; not copied, so the parser hands over a map nobody changes afterwards
     * @param line         line
     * @param column       column
     * @param expandedSize size with aliases expanded
     * @param positions    for each entry in order, four numbers: the line and column of its key, then of its
     *                     value where it is written (for an alias, the alias rather than the anchored node)
     * @param aliases      the indexes of the entries whose value is an alias, or null when there are none
     */
    record MapNode(Map<String, DocumentNode> entries, int line, int column, long expandedSize, int[] positions,
            BitSet aliases) implements DocumentNode {
        /** Wraps the entries read-only. */
        public MapNode {
            entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public String typeName() {
            return "a mapping";
        }
    }

    /**
     * A list.
     *
     * @param items        the items; not copied, so the parser hands over a list nobody changes afterwards
     * @param line         line
     * @param column       column
     * @param expandedSize size with aliases expanded
     * @param positions    for each item in order, two numbers: the line and column where it is written (for an
     *                     alias, the alias rather than the anchored node)
     * @param aliases      the indexes of the items that are aliases, or null when there are none
     */
    record ListNode(List<DocumentNode> items, int line, int column, long expandedSize, int[] positions, BitSet aliases)
            implements DocumentNode {
        /** Wraps the items read-only. */
        public ListNode {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String typeName() {
            return "a list";
        }
    }

    /**
     * A scalar value.
     *
     * @param kind   what the parser made of it
     * @param text   the scalar's text ("" for null)
     * @param number the value of a number (a {@link java.math.BigInteger} or a {@link Double}), else null
     * @param plain  whether it is an unquoted YAML scalar (whose text may be taken as a string)
     * @param line   line
     * @param column column
     */
    record ScalarNode(Kind kind, String text, Number number, boolean plain, int line, int column) implements DocumentNode {
        @Override
        public long expandedSize() {
            return 1;
        }

        @Override
        public String typeName() {
            return switch (kind) {
                case STRING -> "a string";
                case INTEGER, DECIMAL -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }

    /** The kinds of scalar. */
    enum Kind {
        /** A string. */
        STRING,
        /** An integral number. */
        INTEGER,
        /** A number with a fraction or exponent. */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** null, ~ or an empty YAML value. */
        NULL
    }
}

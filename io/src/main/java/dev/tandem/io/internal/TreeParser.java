package dev.tandem.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Excerpt;
import dev.tandem.io.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a JSON or YAML document with Jackson's streaming parser into a {@link DocumentNode} tree, recording where
 * every node and key stands, detecting duplicate keys and enforcing the {@link ReadOptions} limits.
 *
 * <p>YAML aliases are never expanded: an alias shares the anchored node, and the reader counts aliases and the
 * size the document would have if they were expanded. Thread-safe: one instance serves many documents.
 */
public final class TreeParser {

    /** The most nodes a document may stand for once its aliases are expanded (at least). */
    public static final long MIN_EXPANDED_NODES = 1_000_000;

    private final ReadOptions options;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    /**
     * Creates a parser with the given limits.
     *
     * @param options the limits
     */
    public TreeParser(ReadOptions options) {
        this.options = options;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxDepth() + 1)
                // strings and keys are checked by this parser, at their own path (Jackson would stop without
                // naming the key); the document limit bounds what Jackson holds meanwhile
                .maxStringLength(textLimit(options))
                .maxNameLength(textLimit(options))
                .maxDocumentLength(options.maxDocumentBytes())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(Math.max(1, options.maxAliases()));
        loader.setNestingDepthLimit(options.maxDepth() + 1);
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentBytes()));
        loader.setAllowDuplicateKeys(true); // duplicates are detected here, with positions
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    }

    private static int textLimit(ReadOptions options) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(options.maxStringLength(), options.maxDocumentBytes()));
    }

    /**
     * The result of parsing: the root (null when the document could not be parsed), the positions, and the
     * problems found (syntax, duplicate keys, limits).
     *
     * @param root        the root node or null
     * @param index       positions of values, by pointer (worked out from the tree on first use)
     * @param keys        positions of mapping keys, by pointer of their value (worked out on first use)
     * @param diagnostics problems found while parsing
     */
    public record Parsed(DocumentNode root, Map<JsonPointer, int[]> index, Map<JsonPointer, int[]> keys,
            List<Diagnostic> diagnostics) {
    }

    /**
     * Parses one document.
     *
     * @param reader the text
     * @param isYaml whether it is YAML (else JSON)
     * @return the tree, positions and problems
     * @throws IOException when the reader fails
     */
    public Parsed parse(Reader reader, boolean isYaml) throws IOException {
        return parse(reader, isYaml, null);
    }

    /**
     * Parses one document given as text. In YAML, the characters YAML 1.1 takes for line breaks but YAML 1.2 and
     * JSON do not (U+0085, U+2028, U+2029) are read as ordinary characters, so that they neither shift the line
     * numbers of what follows nor end a value.
     *
     * @param text   the document
     * @param isYaml whether it is YAML (else JSON)
     * @return the tree, positions and problems
     */
    public Parsed parse(String text, boolean isYaml) {
        LineBreaks breaks = isYaml ? LineBreaks.of(text) : null;
        try {
            return parse(new java.io.StringReader(breaks == null ? text : breaks.hide(text)), isYaml, breaks);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private Parsed parse(Reader reader, boolean isYaml, LineBreaks breaks) throws IOException {
        Run run = new Run();
        run.breaks = breaks;
        DocumentNode root = null;
        try (JsonParser p = isYaml ? yaml.createParser(new ShortReads(reader)) : json.createParser(reader)) {
            run.parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                run.error(DiagnosticCode.SYNTAX, JsonPointer.root(), 1, 1, "the document is empty");
            } else {
                root = run.node(t, 1, at(p.currentTokenLocation()));
                if (root != null && p.nextToken() != null) {
                    int[] at = position(p.currentTokenLocation());
                    run.error(DiagnosticCode.SYNTAX, JsonPointer.root(), at[0], at[1],
                            "only one document is allowed; remove what follows the first one");
                    root = null;
                }
            }
        } catch (StreamConstraintsException e) {
            int[] at = position(e.getLocation());
            if (at[0] == 0 && run.parser != null) {
                at = position(run.parser.currentLocation()); // where the parser stopped
            }
            if (at[0] == 0) {
                at = new int[] {line(run.lastAt), column(run.lastAt)};
            }
            run.error(DiagnosticCode.LIMIT_EXCEEDED, run.current(), at[0], at[1], "the document exceeds a limit: "
                    + ParserMessages.limit(e.getOriginalMessage()));
            root = null;
        } catch (JsonProcessingException e) {
            int[] at = position(e.getLocation());
            run.error(DiagnosticCode.SYNTAX, run.container(), at[0], at[1], syntaxMessage(e, isYaml));
            root = null;
        } catch (LimitException e) {
            root = null;
        } catch (RuntimeException e) {
            // a parser failure that is not a JsonProcessingException (seen in SnakeYAML): still a diagnostic
            run.error(DiagnosticCode.SYNTAX, run.container(), line(run.lastAt), column(run.lastAt),
                    "the document could not be parsed (malformed " + (isYaml ? "YAML" : "JSON") + ")");
            root = null;
        }
        Positions positions = new Positions(root);
        return new Parsed(root, positions.values(), positions.keys(), run.diagnostics);
    }

    private static String syntaxMessage(JsonProcessingException e, boolean isYaml) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                String problem = m.getProblem() == null ? "malformed YAML" : ParserMessages.clean(m.getProblem());
                String context = m.getContext() == null ? null : ParserMessages.clean(m.getContext());
                return "the YAML is malformed: " + problem + (context == null ? "" : " (" + context + ")");
            }
        }
        return "the " + (isYaml ? "YAML" : "JSON") + " is malformed: " + ParserMessages.clean(e.getOriginalMessage());
    }

    /**
     * {@return a position as one number, line and column: a position is taken for every node and key, and most
     * are only copied into the nodes} Like {@link #position(JsonLocation)}, 0 and 0 when the location is unknown.
     */
    private static long at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return 0;
        }
        return pack(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static long pack(int line, int column) {
        return (long) line << 32 | column & 0xFFFF_FFFFL;
    }

    private static int line(long at) {
        return (int) (at >>> 32);
    }

    private static int column(long at) {
        return (int) at;
    }

    private static int[] position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return new int[] {0, 0};
        }
        return new int[] {loc.getLineNr(), Math.max(1, loc.getColumnNr())};
    }

    /**
     * A reader that never fills a caller's buffer completely. SnakeYAML's StreamReader reads one more char
     * into its buffer when a read ends with a high surrogate, which overflows when the read filled it.
     */
    private static final class ShortReads extends java.io.FilterReader {
        ShortReads(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return super.read(cbuf, off, len > 1 ? len - 1 : len);
        }
    }

    /** Thrown to stop parsing once a limit is exceeded (the diagnostic is already recorded). */
    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitException() {
            super(null, null, false, false);
        }
    }

    /**
     * The state of one parse. Paths are kept as a stack of tokens (key strings, list indexes) and turned into
     * {@link JsonPointer}s only for a diagnostic; positions are recorded in the nodes (see {@link Positions}).
     */
    private final class Run {
        JsonParser parser;
        /** The YAML 1.1 line breaks hidden before parsing, or null. */
        LineBreaks breaks;
        /** The tokens of the current path in {@code tokens[0..currentLength)}; deeper entries are stale. */
        Object[] tokens = new Object[16];
        /** The length of the path of the node (or key) being parsed. */
        int currentLength;
        /** The length of the path of the innermost mapping or list being parsed: where a syntax error is reported. */
        int containerLength;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Map<String, DocumentNode> anchors = new HashMap<>();
        final Map<DocumentNode, Integer> heights = new java.util.IdentityHashMap<>();
        /** The position of the last node or key begun, packed by {@link #at(JsonLocation)}. */
        long lastAt = pack(1, 1);
        int aliases;
        long nodes;
        int height;

        JsonPointer current() {
            return pointer(currentLength);
        }

        JsonPointer container() {
            return pointer(containerLength);
        }

        private JsonPointer pointer(int length) {
            JsonPointer p = JsonPointer.root();
            for (int i = 0; i < length; i++) {
                p = tokens[i] instanceof Integer index ? p.append(index) : p.append((String) tokens[i]);
            }
            return p;
        }

        /** Makes the path of the current node the path of length {@code length - 1} plus a token. */
        private void enter(int length, Object token) {
            if (length >= tokens.length) {
                tokens = java.util.Arrays.copyOf(tokens, tokens.length * 2);
            }
            tokens[length] = token;
            currentLength = length + 1;
        }

        void error(DiagnosticCode code, JsonPointer path, int line, int column, String message) {
            diagnostics.add(Diagnostic.error(code, path, message).at(line, column));
        }

        void limit(long at, String message) {
            error(DiagnosticCode.LIMIT_EXCEEDED, current(), line(at), column(at), message);
            throw new LimitException();
        }

        /**
         * Builds the node starting at token t, whose path is the current one and which is written at {@code at};
         * sets {@link #height} to its height.
         */
        DocumentNode node(JsonToken t, int depth, long at) throws IOException {
            lastAt = at;
            nodes++;
            String anchor = anchor();
            DocumentNode node;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (depth > options.maxDepth()) {
                    limit(at, "the document is nested more than " + options.maxDepth() + " levels deep");
                }
                node = t == JsonToken.START_OBJECT ? mapping(depth, at) : list(depth, at);
            } else if (isAlias()) {
                node = alias(depth, at);
            } else {
                node = scalar(t, at);
                height = 0;
            }
            if (anchor != null) {
                anchors.put(anchor, node);
                heights.put(node, height);
            }
            return node;
        }

        private DocumentNode mapping(int depth, long at) throws IOException {
            int outer = containerLength;
            int length = currentLength;
            containerLength = length;
            Map<String, DocumentNode> entries = new LinkedHashMap<>();
            int[] positions = new int[16];
            Map<String, Integer> order = null; // key -> entry index, made at the first repeated key
            BitSet aliased = null;
            long size = 1;
            int maxHeight = 0;
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                long keyAt = at(parser.currentTokenLocation());
                lastAt = keyAt;
                String key = restore(parser.currentName());
                // a key beyond the string limit is named by its beginning: the path must stay short
                enter(length, key.length() > options.maxStringLength() ? Excerpt.of(key) : key);
                checkString(key, keyAt);
                JsonToken vt = parser.nextToken();
                long valueAt = at(parser.currentTokenLocation());
                if (entries.containsKey(key)) {
                    if (order == null) {
                        order = new HashMap<>();
                        for (String existing : entries.keySet()) {
                            order.put(existing, order.size());
                        }
                    }
                    int line = positions[4 * order.get(key)];
                    error(DiagnosticCode.SYNTAX, current(), line(keyAt), column(keyAt), "the key '" + key
                            + "' appears twice in this mapping" + (line == 0 ? "" : " (first on line " + line
                            + ")") + "; keys must be unique");
                    node(vt, depth + 1, valueAt); // parsed for its limits, then dropped
                    continue;
                }
                boolean alias = isAlias();
                DocumentNode value = node(vt, depth + 1, valueAt);
                int k = entries.size();
                if (order != null) {
                    order.put(key, k);
                }
                if (4 * k + 4 > positions.length) {
                    positions = java.util.Arrays.copyOf(positions, positions.length * 2);
                }
                positions[4 * k] = line(keyAt);
                positions[4 * k + 1] = column(keyAt);
                positions[4 * k + 2] = line(valueAt);
                positions[4 * k + 3] = column(valueAt);
                if (alias) {
                    aliased = aliased == null ? new BitSet() : aliased;
                    aliased.set(k);
                }
                entries.put(key, value);
                size += value.expandedSize();
                maxHeight = Math.max(maxHeight, height);
            }
            height = maxHeight + 1;
            containerLength = outer;
            return new DocumentNode.MapNode(entries, line(at), column(at), size,
                    java.util.Arrays.copyOf(positions, 4 * entries.size()), aliased);
        }

        private DocumentNode list(int depth, long at) throws IOException {
            int outer = containerLength;
            int length = currentLength;
            containerLength = length;
            List<DocumentNode> items = new ArrayList<>();
            int[] positions = new int[8];
            BitSet aliased = null;
            long size = 1;
            int maxHeight = 0;
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                int k = items.size();
                enter(length, k);
                boolean alias = isAlias();
                long itemAt = at(parser.currentTokenLocation());
                DocumentNode item = node(t, depth + 1, itemAt);
                if (2 * k + 2 > positions.length) {
                    positions = java.util.Arrays.copyOf(positions, positions.length * 2);
                }
                positions[2 * k] = line(itemAt);
                positions[2 * k + 1] = column(itemAt);
                if (alias) {
                    aliased = aliased == null ? new BitSet() : aliased;
                    aliased.set(k);
                }
                items.add(item);
                size += item.expandedSize();
                maxHeight = Math.max(maxHeight, height);
            }
            height = maxHeight + 1;
            containerLength = outer;
            return new DocumentNode.ListNode(items, line(at), column(at), size, java.util.Arrays.copyOf(positions, 2 * items.size()),
                    aliased);
        }

        private DocumentNode alias(int depth, long at) throws IOException {
            String name = parser.getText();
            aliases++;
            if (aliases > options.maxAliases()) {
                limit(at, "the document uses more than " + options.maxAliases() + " YAML aliases");
            }
            DocumentNode target = anchors.get(name);
            if (target == null) {
                error(DiagnosticCode.SYNTAX, current(), line(at), column(at), "the alias '*" + name
                        + "' names no anchor before it");
                height = 0;
                return new DocumentNode.ScalarNode(DocumentNode.Kind.NULL, "", null, false, line(at), column(at));
            }
            height = heights.getOrDefault(target, 0);
            if (depth + height > options.maxDepth()) {
                limit(at, "the alias '*" + name + "' nests the document more than " + options.maxDepth()
                        + " levels deep");
            }
            nodes += target.expandedSize();
            if (nodes > Math.max(MIN_EXPANDED_NODES, 4 * options.maxDocumentBytes() / 16)) {
                limit(at, "the YAML aliases expand the document beyond " + Math.max(MIN_EXPANDED_NODES,
                        4 * options.maxDocumentBytes() / 16) + " nodes");
            }
            return target;
        }

        private DocumentNode scalar(JsonToken t, long position) throws IOException {
            boolean isYaml = parser instanceof YAMLParser;
            int line = line(position);
            int column = column(position);
            return switch (t) {
                case VALUE_STRING -> {
                    String text = restore(parser.getText());
                    checkString(text, position);
                    yield new DocumentNode.ScalarNode(DocumentNode.Kind.STRING, text, null, false, line, column);
                }
                case VALUE_NUMBER_INT -> new DocumentNode.ScalarNode(DocumentNode.Kind.INTEGER, parser.getText(),
                        parser.getBigIntegerValue(), isYaml, line, column);
                case VALUE_NUMBER_FLOAT -> new DocumentNode.ScalarNode(DocumentNode.Kind.DECIMAL, parser.getText(),
                        decimal(), isYaml, line, column);
                case VALUE_TRUE, VALUE_FALSE -> new DocumentNode.ScalarNode(DocumentNode.Kind.BOOLEAN, parser.getText(),
                        null, isYaml, line, column);
                case VALUE_NULL -> new DocumentNode.ScalarNode(DocumentNode.Kind.NULL, isYaml ? parser.getText() : "null", null,
                        isYaml, line, column);
                default -> new DocumentNode.ScalarNode(DocumentNode.Kind.STRING, String.valueOf(parser.getText()), null, false,
                        line, column);
            };
        }

        /**
         * {@return the value of a decimal: YAML's {@code .nan} and {@code .inf} as NaN and infinity, which the
         * binder reports as invalid values at their own path, like 1e400}
         */
        private double decimal() throws IOException {
            String text = parser.getText().strip();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".nan")) {
                return Double.NaN;
            }
            if (lower.endsWith(".inf")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return parser.getDoubleValue();
        }

        /** {@return the text with the line-break characters hidden before parsing put back} */
        private String restore(String text) {
            return breaks == null || text == null ? text : breaks.restore(text);
        }

        private void checkString(String text, long at) {
            if (text != null && text.length() > options.maxStringLength()) {
                limit(at, "a string is longer than " + options.maxStringLength() + " characters");
            }
        }

        private String anchor() throws IOException {
            if (parser instanceof YAMLParser y && !y.isCurrentAlias()) {
                Object id = y.getObjectId();
                return id == null ? null : id.toString();
            }
            return null;
        }

        private boolean isAlias() {
            return parser instanceof YAMLParser y && y.isCurrentAlias();
        }
    }

    /**
     * The positions of a tree's values and keys by JSON Pointer, worked out from the positions the nodes hold the
     * first time one is asked for (most documents need none: only diagnostics are located). A value inside an
     * aliased node has no position of its own under the alias's path, so a lookup there falls back, like every
     * missing path, to an ancestor: the alias. Thread-safe.
     */
    private static final class Positions {
        private final DocumentNode root;
        private Map<JsonPointer, int[]> values;
        private Map<JsonPointer, int[]> keys;

        Positions(DocumentNode root) {
            this.root = root;
        }

        Map<JsonPointer, int[]> values() {
            return new View(this, true);
        }

        Map<JsonPointer, int[]> keys() {
            return new View(this, false);
        }

        private synchronized Map<JsonPointer, int[]> get(boolean ofValues) {
            if (values == null) {
                Map<JsonPointer, int[]> v = new HashMap<>();
                Map<JsonPointer, int[]> k = new HashMap<>();
                if (root != null) {
                    walk(root, JsonPointer.root(), root.line(), root.column(), v, k);
                }
                values = v;
                keys = k;
            }
            return ofValues ? values : keys;
        }

        private static void walk(DocumentNode node, JsonPointer path, int line, int column, Map<JsonPointer, int[]> values,
                Map<JsonPointer, int[]> keys) {
            values.putIfAbsent(path, new int[] {line, column});
            if (node instanceof DocumentNode.MapNode m) {
                int[] at = m.positions();
                int k = 0;
                for (Map.Entry<String, DocumentNode> e : m.entries().entrySet()) {
                    JsonPointer child = path.append(e.getKey());
                    keys.put(child, new int[] {at[4 * k], at[4 * k + 1]});
                    if (m.aliases() != null && m.aliases().get(k)) {
                        values.putIfAbsent(child, new int[] {at[4 * k + 2], at[4 * k + 3]});
                    } else {
                        walk(e.getValue(), child, at[4 * k + 2], at[4 * k + 3], values, keys);
                    }
                    k++;
                }
            } else if (node instanceof DocumentNode.ListNode l) {
                int[] at = l.positions();
                for (int k = 0; k < l.items().size(); k++) {
                    JsonPointer child = path.append(k);
                    if (l.aliases() != null && l.aliases().get(k)) {
                        values.putIfAbsent(child, new int[] {at[2 * k], at[2 * k + 1]});
                    } else {
                        walk(l.items().get(k), child, at[2 * k], at[2 * k + 1], values, keys);
                    }
                }
            }
        }

        /** A read-only view of one of the two maps, computing both on first use. */
        private static final class View extends java.util.AbstractMap<JsonPointer, int[]> {
            private final Positions positions;
            private final boolean ofValues;

            View(Positions positions, boolean ofValues) {
                this.positions = positions;
                this.ofValues = ofValues;
            }

            @Override
            public int[] get(Object key) {
                return positions.get(ofValues).get(key);
            }

            @Override
            public boolean containsKey(Object key) {
                return positions.get(ofValues).containsKey(key);
            }

            @Override
            public java.util.Set<Map.Entry<JsonPointer, int[]>> entrySet() {
                return java.util.Collections.unmodifiableMap(positions.get(ofValues)).entrySet();
            }
        }
    }

    /**
     * The characters YAML 1.1 (and so SnakeYAML) takes for line breaks but YAML 1.2 and JSON do not: U+0085,
     * U+2028 and U+2029. Before parsing, each is replaced by a private-use character the document does not
     * contain, and put back in every key and string afterwards.
     */
    private static final class LineBreaks {
        private static final char[] BREAKS = {'\u0085', '\u2028', '\u2029'};
        private final char[] stand;

        private LineBreaks(char[] stand) {
            this.stand = stand;
        }

        /** {@return the replacements for a text, or null when it has none of the characters} */
        static LineBreaks of(String text) {
            boolean any = false;
            for (char b : BREAKS) {
                any |= text.indexOf(b) >= 0;
            }
            if (!any) {
                return null;
            }
            char[] stand = new char[BREAKS.length];
            int k = 0;
            for (char c = '\uE000'; c <= '\uF8FF' && k < stand.length; c++) {
                if (text.indexOf(c) < 0) {
                    stand[k++] = c;
                }
            }
            return k == stand.length ? new LineBreaks(stand) : null;
        }

        String hide(String text) {
            for (int i = 0; i < BREAKS.length; i++) {
                text = text.replace(BREAKS[i], stand[i]);
            }
            return text;
        }

        String restore(String text) {
            for (int i = 0; i < BREAKS.length; i++) {
                text = text.replace(stand[i], BREAKS[i]);
            }
            return text;
        }
    }
}

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
import dev.tandem.io.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a JSON or YAML document with Jackson's streaming parser into a {@link Node} tree, recording where
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
                .maxStringLength(options.maxStringLength())
                .maxNameLength(options.maxStringLength())
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

    /**
     * The result of parsing: the root (null when the document could not be parsed), the positions, and the
     * problems found (syntax, duplicate keys, limits).
     *
     * @param root        the root node or null
     * @param index       positions of values, by pointer
     * @param keys        positions of mapping keys, by pointer of their value
     * @param diagnostics problems found while parsing
     */
    public record Parsed(Node root, Map<JsonPointer, int[]> index, Map<JsonPointer, int[]> keys,
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
        Run run = new Run();
        Node root = null;
        try (JsonParser p = isYaml ? yaml.createParser(new ShortReads(reader)) : json.createParser(reader)) {
            run.parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                run.error(DiagnosticCode.SYNTAX, JsonPointer.root(), 1, 1, "the document is empty");
            } else {
                root = run.node(t, JsonPointer.root(), 1);
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
                at = run.lastAt;
            }
            run.error(DiagnosticCode.LIMIT_EXCEEDED, run.current, at[0], at[1], "the document exceeds a limit: "
                    + e.getOriginalMessage().replaceAll("\\s*\\(.*?\\)\\s*$", "").replaceAll("\\s+", " "));
            root = null;
        } catch (JsonProcessingException e) {
            int[] at = position(e.getLocation());
            run.error(DiagnosticCode.SYNTAX, run.container, at[0], at[1], syntaxMessage(e, isYaml));
            root = null;
        } catch (LimitException e) {
            root = null;
        } catch (RuntimeException e) {
            // a parser failure that is not a JsonProcessingException (seen in SnakeYAML): still a diagnostic
            int[] at = run.lastAt;
            run.error(DiagnosticCode.SYNTAX, run.container, at[0], at[1], "the document could not be parsed: " + e);
            root = null;
        }
        return new Parsed(root, run.index, run.keys, run.diagnostics);
    }

    private static String syntaxMessage(JsonProcessingException e, boolean isYaml) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                String problem = m.getProblem() == null ? "malformed YAML" : m.getProblem();
                String context = m.getContext();
                return "the YAML is malformed: " + problem + (context == null ? "" : " (" + context + ")");
            }
        }
        String msg = e.getOriginalMessage() == null ? "malformed document" : e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        if (nl > 0) {
            msg = msg.substring(0, nl);
        }
        return "the " + (isYaml ? "YAML" : "JSON") + " is malformed: " + msg.strip();
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

    /** The state of one parse. */
    private final class Run {
        JsonParser parser;
        JsonPointer current = JsonPointer.root();
        /** The innermost mapping or list being parsed: where a syntax error is reported. */
        JsonPointer container = JsonPointer.root();
        final Map<JsonPointer, int[]> index = new HashMap<>();
        final Map<JsonPointer, int[]> keys = new HashMap<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Map<String, Node> anchors = new HashMap<>();
        final Map<Node, Integer> heights = new java.util.IdentityHashMap<>();
        int[] lastAt = {1, 1};
        int aliases;
        long nodes;
        int height;

        void error(DiagnosticCode code, JsonPointer path, int line, int column, String message) {
            diagnostics.add(Diagnostic.error(code, path, message).at(line, column));
        }

        void limit(JsonPointer path, int[] at, String message) {
            error(DiagnosticCode.LIMIT_EXCEEDED, path, at[0], at[1], message);
            throw new LimitException();
        }

        /** Builds the node starting at token t; sets {@link #height} to its height. */
        Node node(JsonToken t, JsonPointer path, int depth) throws IOException {
            current = path;
            int[] at = position(parser.currentTokenLocation());
            lastAt = at;
            index.putIfAbsent(path, at);
            nodes++;
            String anchor = anchor();
            Node node;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (depth > options.maxDepth()) {
                    limit(path, at, "the document is nested more than " + options.maxDepth() + " levels deep");
                }
                node = t == JsonToken.START_OBJECT ? mapping(path, depth, at) : list(path, depth, at);
            } else if (isAlias()) {
                node = alias(path, depth, at);
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

        private Node mapping(JsonPointer path, int depth, int[] at) throws IOException {
            JsonPointer outer = container;
            container = path;
            Map<String, Node> entries = new LinkedHashMap<>();
            long size = 1;
            int maxHeight = 0;
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                int[] keyAt = position(parser.currentTokenLocation());
                lastAt = keyAt;
                String key = parser.currentName();
                JsonPointer child = path.append(key);
                current = child;
                checkString(child, key, keyAt);
                JsonToken vt = parser.nextToken();
                if (entries.containsKey(key)) {
                    int[] first = keys.get(child);
                    error(DiagnosticCode.SYNTAX, child, keyAt[0], keyAt[1], "the key '" + key
                            + "' appears twice in this mapping" + (first == null ? "" : " (first on line " + first[0]
                            + ")") + "; keys must be unique");
                    node(vt, child, depth + 1); // parsed for its limits, then dropped
                    continue;
                }
                keys.put(child, keyAt);
                Node value = node(vt, child, depth + 1);
                entries.put(key, value);
                size += value.expandedSize();
                maxHeight = Math.max(maxHeight, height);
            }
            height = maxHeight + 1;
            container = outer;
            return new Node.MapNode(entries, at[0], at[1], size);
        }

        private Node list(JsonPointer path, int depth, int[] at) throws IOException {
            JsonPointer outer = container;
            container = path;
            List<Node> items = new ArrayList<>();
            long size = 1;
            int maxHeight = 0;
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                Node item = node(t, path.append(items.size()), depth + 1);
                items.add(item);
                size += item.expandedSize();
                maxHeight = Math.max(maxHeight, height);
            }
            height = maxHeight + 1;
            container = outer;
            return new Node.ListNode(items, at[0], at[1], size);
        }

        private Node alias(JsonPointer path, int depth, int[] at) throws IOException {
            String name = parser.getText();
            aliases++;
            if (aliases > options.maxAliases()) {
                limit(path, at, "the document uses more than " + options.maxAliases() + " YAML aliases");
            }
            Node target = anchors.get(name);
            if (target == null) {
                error(DiagnosticCode.SYNTAX, path, at[0], at[1], "the alias '*" + name + "' names no anchor before it");
                height = 0;
                return new Node.ScalarNode(Node.Kind.NULL, "", null, false, at[0], at[1]);
            }
            height = heights.getOrDefault(target, 0);
            if (depth + height > options.maxDepth()) {
                limit(path, at, "the alias '*" + name + "' nests the document more than " + options.maxDepth()
                        + " levels deep");
            }
            nodes += target.expandedSize();
            if (nodes > Math.max(MIN_EXPANDED_NODES, 4 * options.maxDocumentBytes() / 16)) {
                limit(path, at, "the YAML aliases expand the document beyond " + Math.max(MIN_EXPANDED_NODES,
                        4 * options.maxDocumentBytes() / 16) + " nodes");
            }
            return target;
        }

        private Node scalar(JsonToken t, int[] at) throws IOException {
            boolean isYaml = parser instanceof YAMLParser;
            return switch (t) {
                case VALUE_STRING -> {
                    String text = parser.getText();
                    checkString(current, text, at);
                    yield new Node.ScalarNode(Node.Kind.STRING, text, null, false, at[0], at[1]);
                }
                case VALUE_NUMBER_INT -> new Node.ScalarNode(Node.Kind.INTEGER, parser.getText(),
                        parser.getBigIntegerValue(), isYaml, at[0], at[1]);
                case VALUE_NUMBER_FLOAT -> new Node.ScalarNode(Node.Kind.DECIMAL, parser.getText(),
                        parser.getDoubleValue(), isYaml, at[0], at[1]);
                case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(Node.Kind.BOOLEAN, parser.getText(),
                        null, isYaml, at[0], at[1]);
                case VALUE_NULL -> new Node.ScalarNode(Node.Kind.NULL, isYaml ? parser.getText() : "null", null,
                        isYaml, at[0], at[1]);
                default -> new Node.ScalarNode(Node.Kind.STRING, String.valueOf(parser.getText()), null, false,
                        at[0], at[1]);
            };
        }

        private void checkString(JsonPointer path, String text, int[] at) {
            if (text != null && text.length() > options.maxStringLength()) {
                limit(path, at, "a string is longer than " + options.maxStringLength() + " characters");
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
}

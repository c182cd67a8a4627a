package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.SignalValue;
import dev.tandem.internal.Ids;
import dev.tandem.internal.Suggestions;
import java.math.BigInteger;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The typed reads of a document's fields that the binders share: mappings with their known keys, lists item
 * by item, text, ids, enumerated values, numbers, whole numbers, periods and signal values. Every read reports
 * what is wrong (missing, unknown, wrong type, bad value) as a diagnostic at the field's JSON Pointer and
 * returns null, so a binder goes on and collects every problem of the document. Binders of one document share
 * the list of diagnostics and the {@link PathMapping}. Not thread-safe: one instance per document.
 */
abstract class FieldReader {

    /** The diagnostics of binding, without positions, in the order found. */
    final List<Diagnostic> out;
    /** Where the document's paths and the built curriculum's paths differ. */
    final PathMapping paths;
    /**
     * The size of {@link #out} when the list item being bound began (0 outside lists): a problem at a field
     * of the item can only have been reported since.
     */
    private int itemStart;

    /**
     * Creates a reader writing to shared state.
     *
     * @param out   the diagnostics of the document being bound
     * @param paths the path mapping of the document being bound
     */
    FieldReader(List<Diagnostic> out, PathMapping paths) {
        this.out = out;
        this.paths = paths;
    }
    /** Binds one list item; returns null when it cannot be built (its problems are reported). */
    @FunctionalInterface
    interface ItemBinder<T> {
        T bind(DocumentNode item, JsonPointer at, JsonPointer built);
    }

    final <T> List<T> items(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required, ItemBinder<T> f) {
        DocumentNode n = present(m, key);
        if (n == null) {
            if (required) {
                error(DiagnosticCode.MISSING_FIELD, at.append(key), "the " + (at.isRoot() ? "curriculum"
                        : at.tokens().get(at.tokens().size() - 1)) + " needs '" + key + "' (at least one)");
            }
            return List.of();
        }
        JsonPointer lat = at.append(key);
        return list(n, lat, lat, f);
    }

    final <T> List<T> optionalList(Map<String, DocumentNode> m, JsonPointer at, JsonPointer built, String key,
            ItemBinder<T> f) {
        DocumentNode n = present(m, key);
        if (n == null) {
            return List.of();
        }
        JsonPointer lat = at.append(key);
        return list(n, lat, built == at ? lat : built.append(key), f);
    }

    final <T> List<T> list(DocumentNode n, JsonPointer at, JsonPointer built, ItemBinder<T> f) {
        if (!(n instanceof DocumentNode.ListNode ln)) {
            wrongType(n, at, "a list");
            return List.of();
        }
        List<T> result = new ArrayList<>(ln.items().size());
        boolean same = at.equals(built);
        for (int i = 0; i < ln.items().size(); i++) {
            JsonPointer iat = at.append(i);
            // the item's path in the built curriculum: the same unless the list stands elsewhere there or an item
            // before this one could not be built
            JsonPointer ibuilt = same && result.size() == i ? iat : built.append(result.size());
            if (ibuilt != iat) {
                paths.moved(ibuilt, iat);
            }
            int outer = itemStart;
            itemStart = out.size();
            T item = f.bind(ln.items().get(i), iat, ibuilt);
            itemStart = outer;
            if (item != null) {
                result.add(item);
            } else {
                paths.partial(at);
            }
        }
        return result;
    }

    final Map<String, DocumentNode> mapping(DocumentNode n, JsonPointer at, List<String> keys) {
        if (!(n instanceof DocumentNode.MapNode mn)) {
            wrongType(n, at, "a mapping");
            return null;
        }
        if (allKnown(mn.entries(), keys)) {
            return mn.entries();
        }
        for (String key : mn.entries().keySet()) {
            if (!keys.contains(key)) {
                DocumentNode value = mn.entries().get(key);
                String hint = Suggestions.closest(key, keys).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; known fields: " + String.join(", ", keys));
                if (value instanceof DocumentNode.ScalarNode v && v.text().isEmpty() && key.contains(" ")) {
                    // "{ id: x, title: Tell an adult, straight away }": the comma ended the title
                    hint += " (inside { } a comma ends a value: put text with commas in quotes)";
                }
                error(DiagnosticCode.UNKNOWN_FIELD, at.append(key), "unknown field '" + key + "'" + hint);
            }
        }
        return mn.entries();
    }

    /**
     * {@return true when every key of the mapping is one of the known keys}, found by looking the known keys up in
     * the mapping (no iterator over it, and no search of the list per key): the usual case of a document without
     * unknown fields. The known keys of each kind of item are distinct, so counting the ones present is enough.
     */
    private static boolean allKnown(Map<String, DocumentNode> entries, List<String> keys) {
        int size = entries.size();
        int known = keys.size();
        if (size > known) {
            return false;
        }
        int found = 0;
        for (int i = 0; i < known && found < size; i++) {
            if (entries.containsKey(keys.get(i))) {
                found++;
            }
        }
        return found == size;
    }

    final boolean checkId(Map<String, DocumentNode> m, JsonPointer at, String kind) {
        return checkItem(m, at, kind, false);
    }

    /** Checks an item's id (and title): reports problems; {@return whether the id is usable} */
    final boolean checkItem(Map<String, DocumentNode> m, JsonPointer at, String kind, boolean titled) {
        DocumentNode idNode = present(m, "id");
        if (idNode == null) {
            error(DiagnosticCode.MISSING_FIELD, at.append("id"), "this " + kind + " needs an 'id'");
            return false;
        }
        String id = idNode instanceof DocumentNode.ScalarNode sn && (sn.kind() == DocumentNode.Kind.STRING || sn.plain()) ? sn.text()
                : stringValue(idNode, at.append("id"));
        if (id == null) {
            return false;
        }
        String title = null;
        if (titled) {
            DocumentNode tn = present(m, "title");
            title = tn instanceof DocumentNode.ScalarNode s && (s.kind() == DocumentNode.Kind.STRING || s.plain()) ? s.text() : null;
        }
        int before = out.size();
        validate(titled ? new Fields.Item(id, title) : new Fields.Id(id), at);
        if (titled && title == null) {
            // an absent title is reported as missing-field by the binding below, not as blank
            out.subList(before, out.size()).removeIf(d -> d.path().equals(at.append("title")));
        }
        for (int i = before; i < out.size(); i++) {
            if (out.get(i).path().equals(at.append("id"))) {
                out.set(i, Diagnostic.error(DiagnosticCode.INVALID_VALUE, at.append("id"), kind + " id '" + id + "' "
                        + Fields.ID_MESSAGE));
                return false;
            }
        }
        return true;
    }

    final void validate(Object bean, JsonPointer at) {
        for (Diagnostic d : FieldValidation.validate(bean, at)) {
            // only the item's own problems can stand at its fields: a document full of bad values stays linear
            int from = Math.min(itemStart, out.size());
            if (out.subList(from, out.size()).stream().noneMatch(o -> o.path().equals(d.path()))) {
                out.add(d);
            }
        }
    }

    static DocumentNode present(Map<String, DocumentNode> m, String key) {
        DocumentNode n = m.get(key);
        return n == null || isNull(n) ? null : n;
    }

    static boolean isNull(DocumentNode n) {
        return n instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.NULL;
    }

    static String str(DocumentNode n) {
        return n instanceof DocumentNode.ScalarNode s ? s.text() : null;
    }

    /** {@return a field's value, or null (reported when required) when it is absent or null} */
    final DocumentNode field(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required) {
        DocumentNode n = present(m, key);
        if (n == null && required) {
            error(DiagnosticCode.MISSING_FIELD, at.append(key), "the field '" + key + "' is required here");
        }
        return n;
    }

    final String text(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required) {
        DocumentNode n = field(m, at, key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof DocumentNode.ScalarNode sn && (sn.kind() == DocumentNode.Kind.STRING || sn.plain())) {
            return sn.text(); // the usual case, without building the field's pointer
        }
        return stringValue(n, at.append(key));
    }

    final String stringValue(DocumentNode n, JsonPointer at) {
        if (n instanceof DocumentNode.ScalarNode s && (s.kind() == DocumentNode.Kind.STRING || s.plain())) {
            return s.text();
        }
        wrongType(n, at, "a string");
        return null;
    }

    final String stringItem(DocumentNode n, JsonPointer at) {
        return stringValue(n, at);
    }

    final String idText(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required, String kind) {
        String id = text(m, at, key, required);
        if (id != null && !Ids.isValid(id)) {
            error(DiagnosticCode.INVALID_VALUE, at.append(key), kind + " id '" + id + "' " + Fields.ID_MESSAGE);
            return null;
        }
        return id;
    }

    final String idItem(DocumentNode n, JsonPointer at, String kind) {
        String id = stringValue(n, at);
        if (id != null && !Ids.isValid(id)) {
            error(DiagnosticCode.INVALID_VALUE, at, kind + " id '" + id + "' " + Fields.ID_MESSAGE);
            return null;
        }
        return id;
    }

    final <E> E enumValue(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required,
            Function<String, E> parse, String allowed) {
        String text = text(m, at, key, required);
        if (text == null) {
            if (required && present(m, key) == null) {
                // make the missing-field message list the choices
                Diagnostic last = out.get(out.size() - 1);
                out.set(out.size() - 1, Diagnostic.error(last.code(), last.path(), "the field '" + key
                        + "' is required here (one of: " + allowed + ")"));
            }
            return null;
        }
        E value = parse.apply(text);
        if (value == null) {
            String hint = Suggestions.closest(text, Arrays.asList(allowed.split(",\\s*")))
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + text + "' is not a valid " + key + " (one of: "
                    + allowed + ")" + hint);
        }
        return value;
    }

    final Double number(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required) {
        DocumentNode n = field(m, at, key, required);
        if (n == null) {
            return null;
        }
        return numberValue(n, at.append(key));
    }

    final Double numberValue(DocumentNode n, JsonPointer at) {
        if (n instanceof DocumentNode.ScalarNode s && (s.kind() == DocumentNode.Kind.INTEGER || s.kind() == DocumentNode.Kind.DECIMAL)) {
            double d = s.number().doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            error(DiagnosticCode.INVALID_VALUE, at, "'" + at.tokens().get(at.tokens().size() - 1)
                    + "' must be a finite number, not " + s.text());
            return null;
        }
        wrongType(n, at, "a number");
        return null;
    }

    final Integer integer(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required) {
        DocumentNode n = field(m, at, key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof DocumentNode.ScalarNode s && s.kind() == DocumentNode.Kind.INTEGER) {
            BigInteger v = (BigInteger) s.number();
            if (v.bitLength() < 32) {
                return v.intValue();
            }
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + key + "' " + s.text() + " is too large");
            return null;
        }
        wrongType(n, at.append(key), "a whole number");
        return null;
    }

    final Period period(Map<String, DocumentNode> m, JsonPointer at, String key, boolean required) {
        String text = text(m, at, key, required);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + text + "' is not an ISO-8601 period "
                    + "(for example P2Y, P6M, P1Y6M, P30D)");
            return null;
        }
    }

    final void wrongType(DocumentNode n, JsonPointer at, String expected) {
        String name = at.isRoot() ? "the document" : "'" + at.tokens().get(at.tokens().size() - 1) + "'";
        error(DiagnosticCode.INVALID_VALUE, at, name + " must be " + expected + ", not " + n.typeName()
                + (n instanceof DocumentNode.ScalarNode ? " (" + display(n) + ")" : ""));
    }

    static String display(DocumentNode n) {
        if (n instanceof DocumentNode.ScalarNode s) {
            String t = s.text().length() > 40 ? s.text().substring(0, 40) + "..." : s.text();
            return s.kind() == DocumentNode.Kind.STRING ? "'" + t + "'" : t;
        }
        return n.typeName();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    final void error(DiagnosticCode code, JsonPointer at, String message) {
        out.add(Diagnostic.error(code, at, message));
    }

    final SignalValue signalValue(DocumentNode n, JsonPointer at) {
        if (n instanceof DocumentNode.ScalarNode s) {
            switch (s.kind()) {
                case BOOLEAN:
                    return SignalValue.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
                case INTEGER:
                case DECIMAL:
                    double d = s.number().doubleValue();
                    if (Double.isFinite(d)) {
                        return SignalValue.of(d);
                    }
                    break;
                case STRING:
                    return SignalValue.of(s.text());
                default:
                    break;
            }
        }
        wrongType(n, at, "true, false, a number or a string");
        return null;
    }
}

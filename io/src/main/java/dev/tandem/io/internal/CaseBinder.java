package dev.tandem.io.internal;

import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Binds the {@code case} blocks of FORMAT section 11.1: a framework's identity as CASE nodes, on the document
 * ({@code identifier}, {@code uri}) and on domains and competencies (also {@code human-coding-scheme} and
 * {@code item-type}). Every field is optional; an identifier that is not a UUID, a uri that is not an absolute
 * URI and a blank text are {@code invalid-value}. Shares the diagnostics and path mapping of the
 * {@link Binder} that created it. Not thread-safe: one instance per document.
 */
final class CaseBinder extends FieldReader {

    static final List<String> DOCUMENT_KEYS = List.of("identifier", "uri");
    static final List<String> ITEM_KEYS = List.of("identifier", "uri", "human-coding-scheme", "item-type");

    /** A UUID as text: 8-4-4-4-12 hexadecimal digits. */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Creates the binder of a document's case blocks.
     *
     * @param out   the diagnostics of the document being bound
     * @param paths the path mapping of the document being bound
     */
    CaseBinder(List<Diagnostic> out, PathMapping paths) {
        super(out, paths);
    }

    /** {@return the document's block, or null when absent or unusable} @param n the node, or null @param at its path */
    CaseDocument document(DocumentNode n, JsonPointer at) {
        if (n == null) {
            return null;
        }
        Map<String, DocumentNode> m = mapping(n, at, DOCUMENT_KEYS);
        return m == null ? null : new CaseDocument(identifier(m, at), uri(m, at));
    }

    /** {@return an item's block, or null when absent or unusable} @param n the node, or null @param at its path */
    CaseItem item(DocumentNode n, JsonPointer at) {
        if (n == null) {
            return null;
        }
        Map<String, DocumentNode> m = mapping(n, at, ITEM_KEYS);
        return m == null ? null : new CaseItem(identifier(m, at), uri(m, at), nonBlank(m, at, "human-coding-scheme"),
                nonBlank(m, at, "item-type"));
    }

    private UUID identifier(Map<String, DocumentNode> m, JsonPointer at) {
        String text = text(m, at, "identifier", false);
        if (text == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            error(DiagnosticCode.INVALID_VALUE, at.append("identifier"), "'identifier' must be a UUID (the CASE "
                    + "identifier, 8-4-4-4-12 hexadecimal digits such as 9b1a6f3e-2c4d-4e5f-8a7b-0c1d2e3f4a5b), not '"
                    + text + "'");
            return null;
        }
        return UUID.fromString(text.toLowerCase(Locale.ROOT));
    }

    private String uri(Map<String, DocumentNode> m, JsonPointer at) {
        String text = text(m, at, "uri", false);
        if (text == null) {
            return null;
        }
        if (!absolute(text)) {
            error(DiagnosticCode.INVALID_VALUE, at.append("uri"), "'uri' must be an absolute URL or URI with a "
                    + "scheme, such as https://case.example.org/uri/ID or urn:uuid:ID, not '" + text + "'");
            return null;
        }
        return text;
    }

    private static boolean absolute(String text) {
        try {
            return new URI(text).isAbsolute() && CaseDocument.isAbsoluteUri(text);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String nonBlank(Map<String, DocumentNode> m, JsonPointer at, String key) {
        String text = text(m, at, key, false);
        if (text != null && text.isBlank()) {
            error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + key + "' must not be blank; leave it out instead");
            return null;
        }
        return text;
    }
}

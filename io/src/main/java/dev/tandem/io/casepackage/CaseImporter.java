package dev.tandem.io.casepackage;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.LIMIT_EXCEEDED;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.SYNTAX;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.Relation;
import dev.tandem.competency.RelationType;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Ids;
import dev.tandem.io.ReadOptions;
import dev.tandem.io.ReadResult;
import dev.tandem.training.TrainingModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns one CASE package into a curriculum skeleton; used once.
 *
 * <p>The skeleton keeps the framework's identity (FORMAT section 11.1): the document's and each item's
 * {@code identifier} and {@code uri}, and each item's {@code humanCodingScheme} and {@code CFItemType}, go into
 * their {@code case} blocks. Items keep their order: the children of one parent are put in the order of the
 * {@code sequenceNumber} of their {@code isChildOf} (those without one after those with one), then of the
 * document, in the places the children of that parent take in the document.
 */
final class CaseImporter {

    /** The placeholder scale of a skeleton (the example scale of FORMAT section 3). */
    static final Scale PLACEHOLDER_SCALE = Scale.of("proficiency", "aware", "developing", "proficient", "advanced");
    /** The placeholder module of a skeleton, to be replaced by the author's modules. */
    static final TrainingModule PLACEHOLDER_MODULE = TrainingModule.builder("placeholder-module",
            "Placeholder: replace with the training modules").build();
    /** The setting of a skeleton, to be checked by the author. */
    static final Setting PLACEHOLDER_SETTING = Setting.COMMUNITY;
    /** The version of a skeleton whose CFDocument gives none. */
    static final String DEFAULT_VERSION = "0.1.0";

    private static final Pattern OUTSIDE_ID = Pattern.compile("[^a-z0-9._-]+");
    private static final String DOMAIN_TYPE = "Domain";

    private final ReadOptions limits;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, Integer> identityLost = new LinkedHashMap<>();
    /** Where the package is in the file: the root, or {@code /CFPackage} when it is wrapped. */
    private JsonPointer base = JsonPointer.root();

    CaseImporter(ReadOptions limits) {
        this.limits = limits;
    }

    /** An item of the package, with what the associations say about it. */
    private static final class Item {
        final int index;
        final String identifier;
        final String code;
        final String statement;
        final String notes;
        final boolean domain;
        final CaseItem identity;
        String id;
        String parent;
        String domainOf;
        /** The identifier of the node this item is a child of (kept from its first isChildOf), or null. */
        String childOf;
        /** The sequenceNumber of that isChildOf, or null. */
        Long sequence;
        final Set<Relation> relations = new LinkedHashSet<>();

        Item(int index, String identifier, String code, String statement, String notes, boolean domain,
                CaseItem identity) {
            this.index = index;
            this.identifier = identifier;
            this.code = code;
            this.statement = statement;
            this.notes = notes;
            this.domain = domain;
            this.identity = identity;
        }
    }

    ReadResult read(InputStream in) {
        JsonNode root;
        try {
            root = mapper().readTree(dev.tandem.io.internal.Utf8.reader(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller closes the stream
                }
            }));
        } catch (StreamConstraintsException e) {
            return failed(Diagnostic.error(LIMIT_EXCEEDED, JsonPointer.root(), "the package exceeds a limit (of "
                    + "size, nesting, string or number length; at most " + limits.maxDocumentBytes() + " bytes)"),
                    e.getLocation());
        } catch (JsonProcessingException e) {
            return failed(Diagnostic.error(SYNTAX, JsonPointer.root(), "not well-formed JSON"), e.getLocation());
        } catch (dev.tandem.io.internal.Utf8.Malformed e) {
            return failed(e.diagnostic(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            error(INVALID_VALUE, JsonPointer.root(), "a CASE package is a JSON object with a 'CFDocument'");
            return new ReadResult(null, diagnostics);
        }
        root = unwrap(root);
        JsonNode document = root.get("CFDocument");
        if (document == null || !document.isObject()) {
            error(MISSING_FIELD, at("CFDocument"), "the package has no 'CFDocument' object");
            return new ReadResult(null, diagnostics);
        }
        String documentId = lower(text(document, at("CFDocument"), "identifier", true));
        String title = text(document, at("CFDocument"), "title", true);
        JsonNode itemList = array(root, "CFItems");
        if (itemList.isEmpty() && diagnostics.isEmpty()) {
            error(MISSING_FIELD, at("CFItems"), "the package has no CFItems, so it holds no competency to import");
            return new ReadResult(null, diagnostics);
        }
        readItems(itemList);
        assignIds();
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ReadResult(null, diagnostics);
        }
        readAssociations(array(root, "CFAssociations"), documentId);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ReadResult(null, diagnostics);
        }
        skipped.forEach((reason, count) -> diagnostics.add(Diagnostic.warning(UNKNOWN_REFERENCE,
                at("CFAssociations"), count + (count == 1 ? " association" : " associations")
                + " left out: " + reason)));
        CaseDocument documentIdentity = new CaseDocument(uuid(documentId, "CFDocument"),
                absoluteUri(text(document, at("CFDocument"), "uri", false), "CFDocument"));
        identityLost.forEach((what, count) -> diagnostics.add(Diagnostic.warning(INVALID_VALUE, at("CFItems"),
                count + " " + what + (count == 1 ? " is not " : "s are not ") + (what.endsWith("identifier")
                ? "a UUID" : "an absolute URI") + ", so the export gives the node a derived one instead")));
        return build(document, documentId, title, documentIdentity);
    }

    /** {@return the package inside a {@code {"CFPackage":{..}}} wrapper, or the root as it is} */
    private JsonNode unwrap(JsonNode root) {
        JsonNode inner = root.get("CFPackage");
        if (inner != null && inner.isObject() && root.get("CFDocument") == null) {
            base = JsonPointer.of("CFPackage");
            return inner;
        }
        return root;
    }

    private JsonPointer at(Object... tokens) {
        JsonPointer p = base;
        for (Object t : tokens) {
            p = t instanceof Integer i ? p.append(i) : p.append(t.toString());
        }
        return p;
    }

    private ObjectMapper mapper() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static ReadResult failed(Diagnostic d, JsonLocation location) {
        if (location != null && location.getLineNr() > 0) {
            d = d.at(location.getLineNr(), Math.max(1, location.getColumnNr()));
        }
        return new ReadResult(null, List.of(d));
    }

    // ------------------------------------------------------------------------------------------ items

    private void readItems(JsonNode list) {
        for (int i = 0; i < list.size(); i++) {
            JsonPointer at = at("CFItems", i);
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                error(INVALID_VALUE, at, "a CFItem is a JSON object");
                continue;
            }
            String identifier = lower(text(node, at, "identifier", true));
            String statement = text(node, at, "fullStatement", true);
            if (identifier == null || statement == null) {
                continue;
            }
            if (items.containsKey(identifier)) {
                error(DUPLICATE_ID, at.append("identifier"), "CFItem identifier '" + identifier
                        + "' is used by CFItems/" + items.get(identifier).index + " already");
                continue;
            }
            String type = text(node, at, "CFItemType", false);
            String code = text(node, at, "humanCodingScheme", false);
            CaseItem identity = new CaseItem(uuid(identifier, "CFItem"),
                    absoluteUri(text(node, at, "uri", false), "CFItem"), nonBlank(code, null), nonBlank(type, null));
            items.put(identifier, new Item(i, identifier, code, statement, text(node, at, "notes", false),
                    DOMAIN_TYPE.equals(type), identity));
        }
    }

    /** Gives each item its Tandem id: the slug of its humanCodingScheme when valid and unique, else its identifier. */
    private void assignIds() {
        for (boolean domains : new boolean[] {true, false}) {
            List<Item> kind = items.values().stream().filter(it -> it.domain == domains).toList();
            Map<String, Integer> slugCount = new HashMap<>();
            for (Item it : kind) {
                String slug = slug(it.code);
                if (slug != null) {
                    slugCount.merge(slug, 1, Integer::sum);
                }
            }
            Map<String, Item> taken = new HashMap<>();
            for (Item it : kind) {
                String slug = slug(it.code);
                it.id = slug != null && slugCount.get(slug) == 1 ? slug : fallbackId(it.identifier);
                JsonPointer at = at("CFItems", it.index, "identifier");
                if (it.id == null) {
                    error(INVALID_VALUE, at, "CFItem identifier '" + it.identifier + "' cannot be made into an id "
                            + "and the item has no usable humanCodingScheme");
                } else if (taken.putIfAbsent(it.id, it) != null) {
                    error(DUPLICATE_ID, at, "CFItem " + it.index + " and CFItem " + taken.get(it.id).index
                            + " both give the id '" + it.id + "'");
                }
            }
        }
    }

    /** {@return the humanCodingScheme as an id (lower case, runs of other characters as '-'), or null} */
    static String slug(String code) {
        if (code == null) {
            return null;
        }
        String slug = OUTSIDE_ID.matcher(code.toLowerCase(Locale.ROOT)).replaceAll("-");
        return Ids.isValid(slug) ? slug : null;
    }

    private static String fallbackId(String identifier) {
        return Ids.isValid(identifier) ? identifier : slug(identifier);
    }

    // ------------------------------------------------------------------------------------------ associations

    private void readAssociations(JsonNode list, String documentId) {
        for (int j = 0; j < list.size(); j++) {
            JsonPointer at = at("CFAssociations", j);
            JsonNode node = list.get(j);
            if (!node.isObject()) {
                error(INVALID_VALUE, at, "a CFAssociation is a JSON object");
                continue;
            }
            String type = text(node, at, "associationType", true);
            String origin = lower(linkIdentifier(node, at, "originNodeURI"));
            String destination = lower(linkIdentifier(node, at, "destinationNodeURI"));
            if (type == null || origin == null || destination == null) {
                continue;
            }
            if (type.equals("isChildOf")) {
                sequence(items.get(origin), destination, node.get("sequenceNumber"));
            }
            association(type, origin, destination, documentId);
        }
    }

    private void association(String type, String originId, String destinationId, String documentId) {
        Item origin = items.get(originId);
        Item destination = items.get(destinationId);
        boolean toDocument = destinationId.equals(documentId);
        if (!List.of("isChildOf", "precedes", "isRelatedTo", "exactMatchOf").contains(type)) {
            skip("type '" + type + "' has no counterpart in Tandem");
        } else if (origin == null || destination == null && !(toDocument && type.equals("isChildOf"))) {
            skip("'" + type + "' to or from a node outside the package");
        } else if (origin == destination) {
            skip("'" + type + "' from an item to itself");
        } else if (type.equals("isChildOf")) {
            childOf(origin, destination);
        } else if (origin.domain || destination.domain) {
            skip("'" + type + "' to or from a Domain item");
        } else {
            switch (type) {
                case "precedes" -> destination.relations.add(new Relation(RelationType.REQUIRES, CompetencyId.of(origin.id)));
                case "isRelatedTo" -> origin.relations.add(new Relation(RelationType.RELATED, CompetencyId.of(destination.id)));
                default -> origin.relations.add(new Relation(RelationType.EQUIVALENT, CompetencyId.of(destination.id)));
            }
        }
    }

    /** Notes the parent and place of an item from its first {@code isChildOf}. */
    private static void sequence(Item child, String parentIdentifier, JsonNode number) {
        if (child != null && child.childOf == null) {
            child.childOf = parentIdentifier;
            child.sequence = number != null && number.canConvertToLong() && number.isIntegralNumber()
                    ? number.asLong() : null;
        }
    }

    private void childOf(Item child, Item parent) {
        if (parent == null) {
            return; // a child of the CFDocument: a top-level item
        }
        if (child.domain) {
            skip("'isChildOf' from a Domain item to another item (a domain has no parent)");
        } else if (parent.domain) {
            if (child.domainOf == null) {
                child.domainOf = parent.id;
            } else if (!child.domainOf.equals(parent.id)) {
                skip("'isChildOf' to a second Domain item (a competency has one domain; the first is kept)");
            }
        } else if (child.parent == null) {
            child.parent = parent.id;
        } else if (!child.parent.equals(parent.id)) {
            skip("'isChildOf' to a second parent (a competency has one parent; the first is kept)");
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    // ------------------------------------------------------------------------------------------ skeleton

    private ReadResult build(JsonNode document, String documentId, String title, CaseDocument identity) {
        Curriculum.Builder b = Curriculum.builder()
                .caseDocument(identity)
                .id(curriculumId(title, documentId))
                .version(nonBlank(text(document, at("CFDocument"), "version", false), DEFAULT_VERSION))
                .title(title)
                .description(nonBlank(text(document, at("CFDocument"), "description", false), null))
                .setting(PLACEHOLDER_SETTING)
                .scale(PLACEHOLDER_SCALE)
                .module(PLACEHOLDER_MODULE);
        for (Item it : inSequence(true)) {
            b.domain(new Domain(DomainId.of(it.id), it.statement, it.identity));
        }
        for (Item it : inSequence(false)) {
            b.competency(new Competency(CompetencyId.of(it.id), it.statement, nonBlank(it.notes, null),
                    it.domainOf == null ? null : DomainId.of(it.domainOf),
                    it.parent == null ? null : CompetencyId.of(it.parent), null, List.of(),
                    List.copyOf(it.relations), it.identity));
        }
        List<Diagnostic> problems = b.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : problems) {
            error(d.code(), at("CFAssociations"), "the package does not make a valid curriculum: "
                    + d.message());
        }
        if (!problems.isEmpty()) {
            return new ReadResult(null, diagnostics);
        }
        return new ReadResult(b.build(), diagnostics);
    }

    /**
     * {@return the items of one kind in document order, except that the children of each parent are sorted by
     * their sequenceNumber (then document order) within the places they take}
     */
    private List<Item> inSequence(boolean domains) {
        List<Item> kind = items.values().stream().filter(it -> it.domain == domains).toList();
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        for (int i = 0; i < kind.size(); i++) {
            places.computeIfAbsent(siblingKey(kind.get(i)), k -> new ArrayList<>()).add(i);
        }
        Item[] ordered = new Item[kind.size()];
        Comparator<Item> bySequence = Comparator.comparing((Item it) -> it.sequence,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(it -> it.index);
        for (List<Integer> slots : places.values()) {
            List<Item> siblings = slots.stream().map(kind::get).sorted(bySequence).toList();
            for (int k = 0; k < slots.size(); k++) {
                ordered[slots.get(k)] = siblings.get(k);
            }
        }
        return List.of(ordered);
    }

    /** {@return what makes items siblings: the node they are a child of, or "" for top-level items} */
    private String siblingKey(Item it) {
        return it.childOf != null && items.containsKey(it.childOf) ? it.childOf : "";
    }

    private static String curriculumId(String title, String documentId) {
        String id = slug(title);
        if (id == null) {
            id = fallbackId(documentId);
        }
        return id == null ? "imported-framework" : id;
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonNode array(JsonNode root, String name) {
        JsonNode list = root.get(name);
        if (list != null && !list.isNull() && !list.isArray()) {
            error(INVALID_VALUE, at(name), "'" + name + "' must be a list");
        }
        return list != null && list.isArray() ? list : JsonNodeFactory.instance.arrayNode();
    }

    private String text(JsonNode node, JsonPointer at, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(MISSING_FIELD, at.append(field), "'" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            error(INVALID_VALUE, at.append(field), "'" + field + "' must be a string");
            return null;
        }
        if (required && value.asText().isBlank()) {
            error(INVALID_VALUE, at.append(field), "'" + field + "' must not be blank");
            return null;
        }
        return value.asText();
    }

    private String linkIdentifier(JsonNode node, JsonPointer at, String field) {
        JsonNode link = node.get(field);
        if (link == null || !link.isObject()) {
            error(MISSING_FIELD, at.append(field), "'" + field + "' must be an object with an 'identifier'");
            return null;
        }
        return text(link, at.append(field), "identifier", true);
    }

    /** {@return the text as a UUID, or null (counted) when it is none} */
    private UUID uuid(String text, String node) {
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // counted below
        }
        identityLost.merge(node + " identifier", 1, Integer::sum);
        return null;
    }

    /** {@return the text when it is an absolute URI, or null (counted) when it is none} */
    private String absoluteUri(String text, String node) {
        if (text == null) {
            return null;
        }
        try {
            if (new URI(text).isAbsolute() && CaseDocument.isAbsoluteUri(text)) {
                return text;
            }
        } catch (URISyntaxException e) {
            // counted below
        }
        identityLost.merge(node + " uri", 1, Integer::sum);
        return null;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String nonBlank(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    private void error(DiagnosticCode code, JsonPointer at, String message) {
        diagnostics.add(Diagnostic.error(code, at, message));
    }
}

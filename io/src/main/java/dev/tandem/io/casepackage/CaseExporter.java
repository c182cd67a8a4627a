package dev.tandem.io.casepackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Relation;
import dev.tandem.curriculum.Curriculum;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the CASE 1.1 package of one curriculum; used once.
 *
 * <p>Nodes keep the identity their {@code case} blocks give (FORMAT section 11.1): identifier and uri, and,
 * for an item with a block, the block's {@code humanCodingScheme} and {@code CFItemType} (left out when the
 * block leaves them out). Items without a block get the id as code and the type {@code Competency} or
 * {@code Domain}. Each {@code isChildOf} carries the child's {@code sequenceNumber}: its place among the
 * children of the same parent, in document order, from 1.
 */
final class CaseExporter {

    static final String CASE_VERSION = "1.1";
    static final String COMPETENCY_TYPE = "Competency";
    static final String DOMAIN_TYPE = "Domain";

    /** Two-space indentation, {@code "key": value}, one array element per line, {@code \n} line breaks. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Curriculum curriculum;
    private final CaseExportOptions options;
    private final String lastChange;
    private final ObjectNode documentLink;
    /** The number of children handed out so far per parent node identifier. */
    private final Map<String, Integer> childCount = new HashMap<>();

    CaseExporter(Curriculum curriculum, CaseExportOptions options) {
        this.curriculum = curriculum;
        this.options = options;
        this.lastChange = DateTimeFormatter.ISO_INSTANT.format(options.lastChange());
        this.documentLink = link(curriculum.title(), CasePackage.documentIdentifierOf(curriculum),
                CasePackage.documentUriOf(curriculum, options));
    }

    String export() {
        ObjectNode root = NODES.objectNode();
        root.set("CFDocument", document());
        ArrayNode items = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        for (Domain d : curriculum.domains()) {
            items.add(item(domainLink(d), d.caseItem(), d.id().value(), DOMAIN_TYPE, null));
            associations.add(childOf(domainLink(d), documentLink));
        }
        for (Competency c : curriculum.competencies()) {
            items.add(item(competencyLink(c), c.caseItem(), c.id().value(), COMPETENCY_TYPE, c.description()));
            associations.add(childOf(competencyLink(c), parentLink(c)));
            for (Relation r : c.relations()) {
                Competency target = curriculum.competency(r.target()).orElseThrow();
                associations.add(switch (r.type()) {
                    case REQUIRES -> association("precedes", competencyLink(target), competencyLink(c));
                    case RELATED -> association("isRelatedTo", competencyLink(c), competencyLink(target));
                    case EQUIVALENT -> association("exactMatchOf", competencyLink(c), competencyLink(target));
                });
            }
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        doc.put("identifier", documentLink.get("identifier").asText());
        doc.put("uri", documentLink.get("uri").asText());
        doc.put("lastChangeDateTime", lastChange);
        doc.put("creator", options.creator());
        doc.put("title", curriculum.title());
        curriculum.description().ifPresent(text -> doc.put("description", text));
        doc.put("version", curriculum.version());
        doc.put("language", curriculum.language());
        doc.put("caseVersion", CASE_VERSION);
        return doc;
    }

    private ObjectNode item(ObjectNode link, CaseItem block, String id, String defaultType, String notes) {
        ObjectNode item = NODES.objectNode();
        item.put("identifier", link.get("identifier").asText());
        item.put("uri", link.get("uri").asText());
        item.put("lastChangeDateTime", lastChange);
        item.put("fullStatement", link.get("title").asText());
        String code = block == null ? id : block.humanCodingScheme();
        if (code != null) {
            item.put("humanCodingScheme", code);
        }
        String type = block == null ? defaultType : block.itemType();
        if (type != null) {
            item.put("CFItemType", type);
        }
        if (notes != null) {
            item.put("notes", notes);
        }
        return item;
    }

    private ObjectNode childOf(ObjectNode child, ObjectNode parent) {
        ObjectNode a = association("isChildOf", child, parent);
        a.put("sequenceNumber", childCount.merge(parent.get("identifier").asText(), 1, Integer::sum));
        return a;
    }

    private ObjectNode association(String type, ObjectNode origin, ObjectNode destination) {
        UUID id = CasePackage.associationIdentifier(associationScope(), type,
                UUID.fromString(origin.get("identifier").asText()),
                UUID.fromString(destination.get("identifier").asText()));
        ObjectNode a = NODES.objectNode();
        a.put("identifier", id.toString());
        a.put("uri", options.uriOf(CaseNodeKind.ASSOCIATION, id));
        a.put("lastChangeDateTime", lastChange);
        a.put("associationType", type);
        a.set("originNodeURI", origin);
        a.set("destinationNodeURI", destination);
        return a;
    }

    /**
     * {@return the first part of the names of association identifiers: the CFDocument's identifier when its
     * {@code case} block gives one (so a framework's associations keep their identifiers however often it goes
     * through import and export), else the curriculum id}
     */
    private String associationScope() {
        return curriculum.caseDocument().map(d -> d.identifier() == null ? null : d.identifier().toString())
                .orElse(curriculum.id());
    }

    private ObjectNode parentLink(Competency c) {
        if (c.parent() != null) {
            return competencyLink(curriculum.competency(c.parent()).orElseThrow());
        }
        if (c.domain() != null) {
            return domainLink(curriculum.domain(c.domain()).orElseThrow());
        }
        return documentLink.deepCopy();
    }

    private ObjectNode competencyLink(Competency c) {
        return link(c.title(), CasePackage.identifierOf(curriculum, c), CasePackage.uriOf(curriculum, c, options));
    }

    private ObjectNode domainLink(Domain d) {
        return link(d.title(), CasePackage.identifierOf(curriculum, d), CasePackage.uriOf(curriculum, d, options));
    }

    private static ObjectNode link(String title, UUID id, String uri) {
        ObjectNode link = NODES.objectNode();
        link.put("title", title);
        link.put("identifier", id.toString());
        link.put("uri", uri);
        return link;
    }
}

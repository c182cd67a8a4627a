package dev.tandem.io.casepackage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Relation;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.internal.PrettyJson;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Builds the CASE 1.1 package of one curriculum; used once. */
final class CaseExporter {

    static final String CASE_VERSION = "1.1";
    static final String COMPETENCY_TYPE = "Competency";
    static final String DOMAIN_TYPE = "Domain";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Curriculum curriculum;
    private final CaseExportOptions options;
    private final String lastChange;
    private final ObjectNode documentLink;

    CaseExporter(Curriculum curriculum, CaseExportOptions options) {
        this.curriculum = curriculum;
        this.options = options;
        this.lastChange = DateTimeFormatter.ISO_INSTANT.format(options.lastChange());
        UUID doc = CasePackage.documentIdentifier(curriculum.id());
        this.documentLink = link(curriculum.title(), doc, options.uriOf(CaseNodeKind.DOCUMENT, doc));
    }

    String export() {
        ObjectNode root = NODES.objectNode();
        root.set("CFDocument", document());
        ArrayNode items = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        for (Domain d : curriculum.domains()) {
            items.add(item(domainIdentifier(d), d.title(), d.id().value(), DOMAIN_TYPE, null));
            associations.add(association("isChildOf", domainLink(d), documentLink));
        }
        for (Competency c : curriculum.competencies()) {
            items.add(item(competencyIdentifier(c), c.title(), c.id().value(), COMPETENCY_TYPE, c.description()));
            associations.add(association("isChildOf", competencyLink(c), parentLink(c)));
            for (Relation r : c.relations()) {
                Competency target = curriculum.competency(r.target()).orElseThrow();
                associations.add(switch (r.type()) {
                    case REQUIRES -> association("precedes", competencyLink(target), competencyLink(c));
                    case RELATED -> association("isRelatedTo", competencyLink(c), competencyLink(target));
                    case EQUIVALENT -> association("exactMatchOf", competencyLink(c), competencyLink(target));
                });
            }
        }
        return PrettyJson.write(root);
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        UUID id = CasePackage.documentIdentifier(curriculum.id());
        doc.put("identifier", id.toString());
        doc.put("uri", options.uriOf(CaseNodeKind.DOCUMENT, id));
        doc.put("lastChangeDateTime", lastChange);
        doc.put("creator", options.creator());
        doc.put("title", curriculum.title());
        curriculum.description().ifPresent(text -> doc.put("description", text));
        doc.put("version", curriculum.version());
        doc.put("language", curriculum.language());
        doc.put("caseVersion", CASE_VERSION);
        return doc;
    }

    private ObjectNode item(UUID id, String statement, String code, String type, String notes) {
        ObjectNode item = NODES.objectNode();
        item.put("identifier", id.toString());
        item.put("uri", options.uriOf(CaseNodeKind.ITEM, id));
        item.put("lastChangeDateTime", lastChange);
        item.set("CFDocumentURI", documentLink.deepCopy());
        item.put("fullStatement", statement);
        item.put("humanCodingScheme", code);
        item.put("CFItemType", type);
        if (notes != null) {
            item.put("notes", notes);
        }
        return item;
    }

    private ObjectNode association(String type, ObjectNode origin, ObjectNode destination) {
        UUID id = CasePackage.associationIdentifier(curriculum.id(), type,
                UUID.fromString(origin.get("identifier").asText()),
                UUID.fromString(destination.get("identifier").asText()));
        ObjectNode a = NODES.objectNode();
        a.put("identifier", id.toString());
        a.put("uri", options.uriOf(CaseNodeKind.ASSOCIATION, id));
        a.put("lastChangeDateTime", lastChange);
        a.set("CFDocumentURI", documentLink.deepCopy());
        a.put("associationType", type);
        a.set("originNodeURI", origin);
        a.set("destinationNodeURI", destination);
        return a;
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
        UUID id = competencyIdentifier(c);
        return link(c.title(), id, options.uriOf(CaseNodeKind.ITEM, id));
    }

    private ObjectNode domainLink(Domain d) {
        UUID id = domainIdentifier(d);
        return link(d.title(), id, options.uriOf(CaseNodeKind.ITEM, id));
    }

    private UUID competencyIdentifier(Competency c) {
        return CasePackage.competencyIdentifier(curriculum.id(), c.id());
    }

    private UUID domainIdentifier(Domain d) {
        return CasePackage.domainIdentifier(curriculum.id(), d.id());
    }

    private static ObjectNode link(String title, UUID id, String uri) {
        ObjectNode link = NODES.objectNode();
        link.put("title", title);
        link.put("identifier", id.toString());
        link.put("uri", uri);
        return link;
    }
}

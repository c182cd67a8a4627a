package dev.tandem.io.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a CASE package's identity is, computed from the package alone: the document's identifier and uri, each
 * item's identifier, uri, coding scheme, type and statement, the associations between its items that Tandem
 * carries, and the order of the children of each node (by {@code sequenceNumber}, then package order; Domain
 * items apart from the others, since Tandem lists domains before competencies). Two packages with equal
 * identities describe the same framework.
 *
 * @param document     the document's identifier and uri
 * @param items        per item identifier: uri, humanCodingScheme, CFItemType, fullStatement
 * @param associations {@code TYPE ORIGIN DESTINATION} of each association between two items
 * @param order        per parent identifier ("" for top-level items, " domains" added for Domain items): the
 *                     children's identifiers in order
 */
record PackageIdentity(List<String> document, Map<String, List<String>> items, Set<String> associations,
        Map<String, List<String>> order) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RELATIONS = Set.of("precedes", "isRelatedTo", "exactMatchOf");

    static PackageIdentity of(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return of(root.has("CFPackage") ? root.get("CFPackage") : root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackageIdentity of(JsonNode pkg) {
        JsonNode doc = pkg.get("CFDocument");
        Map<String, List<String>> items = new TreeMap<>();
        Map<String, Integer> index = new HashMap<>();
        Set<String> domains = new HashSet<>();
        for (JsonNode item : pkg.path("CFItems")) {
            String id = lower(item.get("identifier").asText());
            index.put(id, index.size());
            items.put(id, List.of(item.path("uri").asText(), text(item, "humanCodingScheme"), text(item, "CFItemType"),
                    item.get("fullStatement").asText()));
            if ("Domain".equals(text(item, "CFItemType"))) {
                domains.add(id);
            }
        }
        Set<String> associations = new TreeSet<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, Long> sequence = new HashMap<>();
        for (JsonNode a : pkg.path("CFAssociations")) {
            String type = a.get("associationType").asText();
            String origin = lower(a.get("originNodeURI").get("identifier").asText());
            String destination = lower(a.get("destinationNodeURI").get("identifier").asText());
            boolean internal = index.containsKey(origin) && index.containsKey(destination) && !origin.equals(destination);
            if (type.equals("isChildOf") && index.containsKey(origin) && !parentOf.containsKey(origin)) {
                parentOf.put(origin, index.containsKey(destination) ? destination : "");
                sequence.put(origin, a.has("sequenceNumber") ? a.get("sequenceNumber").asLong() : null);
                if (internal && !domains.contains(origin)) {
                    associations.add(type + " " + origin + " " + destination);
                }
            } else if (internal && RELATIONS.contains(type) && !domains.contains(origin)
                    && !domains.contains(destination)) {
                associations.add(type + " " + origin + " " + destination);
            }
        }
        Map<String, List<String>> order = new TreeMap<>();
        index.keySet().stream()
                .sorted(Comparator.comparing((String id) -> sequence.get(id), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(index::get))
                .forEach(id -> order.computeIfAbsent(parentOf.getOrDefault(id, "") + (domains.contains(id) ? " domains" : ""),
                        k -> new ArrayList<>()).add(id));
        return new PackageIdentity(List.of(lower(doc.get("identifier").asText()), doc.path("uri").asText()), items,
                associations, order);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? "-" : value.asText();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

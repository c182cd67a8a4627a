package dev.tandem.io;

import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical form of the {@code case} blocks (FORMAT section 11.1) for the {@link CurriculumWriter}: the
 * fields present, in the order {@code identifier}, {@code uri}, {@code human-coding-scheme}, {@code item-type};
 * no block when there is none.
 */
final class CaseBlocks {

    private CaseBlocks() {
    }

    /** {@return the document's block as a tree, or null for none} @param block the block, or null */
    static Map<String, Object> document(CaseDocument block) {
        if (block == null || block.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "identifier", block.identifier() == null ? null : block.identifier().toString());
        put(m, "uri", block.uri());
        return m;
    }

    /** {@return an item's block as a tree, or null for none} @param block the block, or null */
    static Map<String, Object> item(CaseItem block) {
        if (block == null || block.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "identifier", block.identifier() == null ? null : block.identifier().toString());
        put(m, "uri", block.uri());
        put(m, "human-coding-scheme", block.humanCodingScheme());
        put(m, "item-type", block.itemType());
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}

package dev.tandem.diff;

import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.MergedOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural changes between two canonical document trees (FORMAT section 14.2): items with ids matched
 * by id and named by id in paths; the top level, the {@code certification} and {@code escalation} blocks and
 * each item compared field by field; every other field compared whole, in canonical form. Changes come in the
 * new document's order, an item or field only the old version has right after the one it followed there.
 */
final class StructuralDiff {

    /** Fields compared field by field rather than whole. */
    private static final Set<String> BLOCKS = Set.of("certification", "escalation");

    /** The lists of items with ids, by the field that holds them (top level, an assessment, the policy). */
    private static final Set<String> ITEM_LISTS = Set.of("scales", "domains", "competencies", "modules",
            "assessments", "vignettes", "tiers", "signals", "rules", "requirements");

    private final List<Change> changes = new ArrayList<>();

    private StructuralDiff() {
    }

    /** {@return the changes from one canonical document tree to another} */
    static List<Change> between(Map<String, Object> older, Map<String, Object> newer) {
        StructuralDiff d = new StructuralDiff();
        d.fields(JsonPointer.root(), older, newer, true);
        return List.copyOf(d.changes);
    }

    /**
     * Compares two objects field by field.
     *
     * @param withBlocks whether this is the top level, whose blocks are compared field by field in turn
     */
    private void fields(JsonPointer at, Map<String, Object> older, Map<String, Object> newer, boolean withBlocks) {
        for (String key : MergedOrder.of(List.copyOf(newer.keySet()), List.copyOf(older.keySet()))) {
            Object a = older.get(key);
            Object b = newer.get(key);
            JsonPointer kat = at.append(key);
            if (ITEM_LISTS.contains(key) && isItemList(a) && isItemList(b)) {
                items(kat, a == null ? List.of() : (List<?>) a, b == null ? List.of() : (List<?>) b);
            } else if (withBlocks && BLOCKS.contains(key) && a instanceof Map<?, ?> am && b instanceof Map<?, ?> bm) {
                fields(kat, cast(am), cast(bm), false);
            } else if (!Trees.same(a, b, key)) {
                changes.add(new Change(Change.Kind.CHANGED, kat, a, b));
            }
        }
    }

    /** Compares two lists of items with ids, matched by id whatever their positions. */
    private void items(JsonPointer at, List<?> older, List<?> newer) {
        Map<String, Map<String, Object>> before = byId(older);
        Map<String, Map<String, Object>> after = byId(newer);
        for (String id : MergedOrder.of(List.copyOf(after.keySet()), List.copyOf(before.keySet()))) {
            Map<String, Object> a = before.get(id);
            Map<String, Object> b = after.get(id);
            JsonPointer iat = at.append(id);
            if (a == null) {
                changes.add(new Change(Change.Kind.ADDED, iat, null, b));
            } else if (b == null) {
                changes.add(new Change(Change.Kind.REMOVED, iat, a, null));
            } else {
                fields(iat, a, b, false);
            }
        }
    }

    /** {@return true for an absent field or a list whose every element is an object with a text id} */
    private static boolean isItemList(Object v) {
        if (v == null) {
            return true;
        }
        if (!(v instanceof List<?> list)) {
            return false;
        }
        for (Object x : list) {
            if (!(x instanceof Map<?, ?> m) || !(m.get("id") instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Map<String, Object>> byId(List<?> items) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Object x : items) {
            Map<String, Object> m = cast((Map<?, ?>) x);
            out.putIfAbsent((String) m.get("id"), m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}

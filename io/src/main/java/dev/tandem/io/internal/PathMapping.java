package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The correspondence between the paths of a document and the paths of the curriculum built from it.
 *
 * <p>They differ where list items had to be skipped (item 3 of the document becomes item 2 of the built
 * curriculum when item 1 could not be bound), so the core validator's diagnostics are moved back to the
 * document's paths here. It also remembers which document paths are already accounted for: parts the
 * binder replaced by placeholders and lists missing items it could not build, so that the core's
 * diagnostics that merely follow from a reported problem are dropped. Not thread-safe: one instance per
 * document.
 */
public final class PathMapping {

    private final Map<JsonPointer, JsonPointer> moved = new HashMap<>();
    private final Set<JsonPointer> suppressed = new HashSet<>();
    private final Set<JsonPointer> partial = new HashSet<>();
    private Set<JsonPointer> reported;
    private int reportedCount;

    /**
     * Records that a list item of the built curriculum stands at another path in the document.
     *
     * @param built    the item's path in the built curriculum
     * @param document the item's path in the document
     */
    void moved(JsonPointer built, JsonPointer document) {
        if (!built.equals(document)) {
            moved.put(built, document);
        }
    }

    /**
     * Records that the part of the document at a path was replaced by a placeholder, so the core's findings
     * about it (and below it) would only guess.
     *
     * @param document the document path
     */
    void suppress(JsonPointer document) {
        suppressed.add(document);
    }

    /**
     * Records that a list of the document lost items the binder could not build ("needs at least one" and
     * the like follow from the problems already reported).
     *
     * @param document the list's document path
     */
    void partial(JsonPointer document) {
        partial.add(document);
    }

    /**
     * Maps a path of the built curriculum (as the core validator reports it) to the document's path.
     *
     * @param built a path in the built curriculum
     * @return the path in the document
     */
    public JsonPointer documentPath(JsonPointer built) {
        List<String> tokens = built.tokens();
        for (int k = tokens.size(); k > 0; k--) {
            JsonPointer doc = moved.get(new JsonPointer(tokens.subList(0, k)));
            if (doc != null) {
                JsonPointer result = doc;
                for (String t : tokens.subList(k, tokens.size())) {
                    result = result.append(t);
                }
                return result;
            }
        }
        return built;
    }

    /**
     * {@return whether a core diagnostic at this (document) path repeats or follows from a problem already
     * reported}
     *
     * @param path  the document path
     * @param found the problems the binder reported
     */
    public boolean covered(JsonPointer path, List<Diagnostic> found) {
        if (partial.contains(path)) {
            return true;
        }
        if (reported == null || reportedCount != found.size()) {
            reported = new HashSet<>();
            found.forEach(d -> reported.add(d.path()));
            reportedCount = found.size();
        }
        for (JsonPointer p = path; !p.isRoot(); p = p.parent()) {
            if (suppressed.contains(p) || reported.contains(p)) {
                return true;
            }
        }
        return false;
    }
}

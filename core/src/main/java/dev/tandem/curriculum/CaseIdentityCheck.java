package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;

import dev.tandem.competency.CaseItem;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the {@code case} blocks (FORMAT section 11.1): no two nodes of the framework (the document, the
 * domains, the competencies) may claim the same CASE {@code identifier} or the same {@code uri}, since an
 * export would then hold two nodes that are one. Reported as {@code duplicate-id} at the later block.
 */
final class CaseIdentityCheck {

    private final Findings out;
    private final Map<Object, String> identifiers = new HashMap<>();
    private final Map<Object, String> uris = new HashMap<>();

    private CaseIdentityCheck(Findings out) {
        this.out = out;
    }

    /**
     * Reports the problems of a curriculum's case blocks, in document order.
     *
     * @param c        the curriculum
     * @param findings where the problems go
     */
    static void check(Curriculum c, Findings findings) {
        CaseIdentityCheck check = new CaseIdentityCheck(findings);
        c.caseDocument().ifPresent(d -> check.claim(d.identifier(), d.uri(), JsonPointer.of("case"), "the document"));
        for (int i = 0; i < c.domains().size(); i++) {
            var d = c.domains().get(i);
            if (d.caseItem() == null) {
                continue;
            }
            check.item(d.caseItem(), JsonPointer.of("domains", i, "case"), "domain '" + d.id() + "'");
        }
        for (int i = 0; i < c.competencies().size(); i++) {
            var k = c.competencies().get(i);
            if (k.caseItem() == null) {
                continue;
            }
            check.item(k.caseItem(), JsonPointer.of("competencies", i, "case"), "competency '" + k.id() + "'");
        }
    }

    private void item(CaseItem item, JsonPointer at, String owner) {
        if (item != null) {
            claim(item.identifier(), item.uri(), at, owner);
        }
    }

    private void claim(Object identifier, Object uri, JsonPointer at, String owner) {
        claim(identifiers, identifier, at.append("identifier"), owner, "CASE identifier");
        claim(uris, uri, at.append("uri"), owner, "CASE uri");
    }

    private void claim(Map<Object, String> taken, Object value, JsonPointer at, String owner, String what) {
        if (value == null) {
            return;
        }
        String first = taken.putIfAbsent(value, owner);
        if (first != null) {
            out.error(DUPLICATE_ID, at, owner + " has the " + what + " '" + value + "' that " + first
                    + " has already; each node of a framework needs its own");
        }
    }
}

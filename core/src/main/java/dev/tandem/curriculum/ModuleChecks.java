package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.PREREQUISITE_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Texts;
import dev.tandem.training.ModuleId;
import dev.tandem.training.Target;
import dev.tandem.training.TrainingModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Modules (FORMAT section 4): references, targets and prerequisite cycles. Package-private; one per validation.
 */
final class ModuleChecks extends SectionChecks {

    ModuleChecks(Curriculum curriculum, Findings findings, References references) {
        super(curriculum, findings, references);
    }

    /** Runs the checks. */
    void run() {
        modules();
    }

    private void modules() {
        if (c.modules().isEmpty()) {
            f.missing(ROOT.append("modules"), "the curriculum needs at least one module");
        }
        f.duplicates(c.modules(), TrainingModule::id, ROOT.append("modules"), "module");
        JsonPointer list = ROOT.append("modules");
        for (int i = 0; i < c.modules().size(); i++) {
            TrainingModule m = c.modules().get(i);
            JsonPointer at = list.append(i);
            if (Findings.isBlank(m.title())) {
                f.notBlank(at.append("title"), m.title(), "the title of module '" + m.id() + "'");
            }
            if (m.hours() != null && !(m.hours() > 0) || m.hours() != null && m.hours().isInfinite()) {
                f.error(INVALID_VALUE, at.append("hours"), "module '" + m.id() + "' has hours " + Texts.number(m.hours())
                        + "; hours must be a number above 0");
            }
            for (int j = 0; j < m.requires().size(); j++) {
                ModuleId req = m.requires().get(j);
                if (c.module(req).isEmpty()) {
                    f.error(UNKNOWN_REFERENCE, at.append("requires").append(j), "module '" + m.id() + "' requires '" + req
                            + "', which is not a module" + refs.moduleSuggestion(req));
                }
            }
            for (int j = 0; j < m.targets().size(); j++) {
                Target t = m.targets().get(j);
                JsonPointer tat = at.append("targets").append(j);
                refs.levelOf(tat, t.competency(), t.level());
            }
        }
        prerequisiteCycles();
    }

    private void prerequisiteCycles() {
        Map<ModuleId, Integer> index = refs.indexOf(c.modules(), TrainingModule::id);
        Map<Integer, List<Integer>> edges = new LinkedHashMap<>();
        for (int i = 0; i < c.modules().size(); i++) {
            List<Integer> targets = new ArrayList<>();
            for (ModuleId req : c.modules().get(i).requires()) {
                Integer j = index.get(req);
                if (j != null) {
                    targets.add(j);
                }
            }
            edges.put(i, targets);
        }
        for (List<Integer> cycle : Graphs.cycles(edges)) {
            int last = cycle.stream().max(Integer::compare).orElseThrow();
            List<Integer> ring = Graphs.ring(cycle, last, edges);
            // point at the requirement that the message names first: the step from `last` to the next member
            ModuleId next = c.modules().get(ring.get(1)).id();
            int entry = c.modules().get(last).requires().indexOf(next);
            String names = Graphs.names(ring, i -> c.modules().get(i).id().value());
            f.error(PREREQUISITE_CYCLE, ROOT.append("modules").append(last).append("requires").append(entry),
                    "module prerequisites form a cycle: " + names);
        }
    }
}

package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.UNATTAINABLE_REQUIREMENT;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.Measure;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Scale;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Texts;
import dev.tandem.training.ModuleId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The certification (FORMAT section 6.5): referenced modules, attainable levels and practice. Package-private; one per validation.
 */
final class CertificationChecks extends SectionChecks {

    CertificationChecks(Curriculum curriculum, Findings findings, References references) {
        super(curriculum, findings, references);
    }

    /** Runs the checks. */
    void run() {
        certification();
    }

    private void certification() {
        Certification cert = c.rawCertification();
        if (cert == null) {
            return;
        }
        JsonPointer at = ROOT.append("certification");
        f.notBlank(at.append("title"), cert.title(), "the certification's title");
        for (int j = 0; j < cert.modules().listed().size(); j++) {
            ModuleId m = cert.modules().listed().get(j);
            if (c.module(m).isEmpty()) {
                f.error(UNKNOWN_REFERENCE, at.append("modules").append(j), "the certification requires module '" + m
                        + "', which is not a module" + refs.moduleSuggestion(m));
            }
        }
        Map<CompetencyId, Integer> attainable = attainableRanks();
        for (int j = 0; j < cert.competencies().size(); j++) {
            LevelRequirement r = cert.competencies().get(j);
            JsonPointer rat = at.append("competencies").append(j);
            if (!refs.levelOf(rat, r.competency(), r.level())) {
                continue;
            }
            Scale s = c.resolveScale(c.competency(r.competency()).orElseThrow());
            int best = attainable.getOrDefault(r.competency(), -1);
            if (best < s.rank(r.level())) {
                f.error(UNATTAINABLE_REQUIREMENT, rat, "the certification requires '" + r.competency() + "' at '"
                        + r.level() + "', but " + (best < 0 ? "no assessment or roll-up awards it any level"
                        : "the highest level any assessment or roll-up awards is '" + s.levels().get(best) + "'"));
            }
        }
        PracticeRequirement p = cert.practice();
        if (p != null) {
            if (!(p.hours() > 0) || Double.isInfinite(p.hours())) {
                f.error(INVALID_VALUE, at.append("practice").append("hours"), "practice hours " + Texts.number(p.hours())
                        + " must be a number above 0");
            }
            f.positivePeriod(at.append("practice").append("within"), p.within(), "the practice window 'within'");
        }
    }

    /** {@return how many different ids the competencies have} (more than one only with duplicate ids) */
    private static int distinctIds(List<Competency> competencies) {
        if (competencies.size() < 2) {
            return competencies.size();
        }
        Set<CompetencyId> ids = new HashSet<>();
        for (Competency comp : competencies) {
            ids.add(comp.id());
        }
        return ids.size();
    }

    /** The highest rank each competency can reach, through assessments and roll-ups; absent = none. */
    private Map<CompetencyId, Integer> attainableRanks() {
        Map<CompetencyId, Integer> direct = new HashMap<>();
        for (Assessment a : c.assessments()) {
            for (Measure m : a.measures()) {
                Competency comp = c.competency(m.competency()).orElse(null);
                Scale s = comp == null ? null : c.resolveScale(comp);
                if (s == null) {
                    continue;
                }
                int rank = a.hasBands()
                        ? a.bands().stream().mapToInt(b -> s.rank(b.level())).max().orElse(-1)
                        : m.level() == null ? -1 : s.rank(m.level());
                direct.merge(m.competency(), rank, Math::max);
            }
        }
        // children before parents, without recursion: parent chains are flat in a document and may be long.
        // Members of a parent cycle never become ready and so attain nothing (the cycle is an error anyway).
        Map<CompetencyId, Integer> result = new HashMap<>();
        Map<CompetencyId, Integer> pending = new HashMap<>();
        Deque<CompetencyId> ready = new ArrayDeque<>();
        for (Competency comp : c.competencies()) {
            if (!pending.containsKey(comp.id())) {
                int children = distinctIds(refs.children(comp.id()));
                pending.put(comp.id(), children);
                if (children == 0) {
                    ready.add(comp.id());
                }
            }
        }
        while (!ready.isEmpty()) {
            CompetencyId id = ready.poll();
            int best = direct.getOrDefault(id, -1);
            List<Competency> children = refs.children(id);
            Competency self = c.competency(id).orElseThrow();
            if (!children.isEmpty()) {
                // the competency's roll-up rule (13.2) over the highest rank each child can reach
                int[] ranks = new int[children.size()];
                List<CompetencyId> ids = new ArrayList<>(children.size());
                for (int k = 0; k < ranks.length; k++) {
                    CompetencyId child = children.get(k).id();
                    ranks[k] = result.getOrDefault(child, -1);
                    ids.add(child);
                }
                best = Math.max(best, self.effectiveRollup().childrenRank(List.copyOf(ids), ranks));
            }
            result.put(id, best);
            CompetencyId parent = self.parent();
            if (parent != null && pending.containsKey(parent) && pending.merge(parent, -1, Integer::sum) == 0) {
                ready.add(parent);
            }
        }
        return result;
    }
}

package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.DUPLICATE_ID;
import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.PARENT_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.SCALE_MISMATCH;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.DiagnosticCode.UNMEASURED_COMPETENCY;

import dev.tandem.assessment.Assessment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Relation;
import dev.tandem.competency.Scale;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Ids;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scales, domains and competencies (FORMAT section 3): references, parent cycles, scale mismatches and the unmeasured-competency lint. Package-private; one per validation.
 */
final class CompetencyChecks extends SectionChecks {

    CompetencyChecks(Curriculum curriculum, Findings findings, References references) {
        super(curriculum, findings, references);
    }

    /** Runs the checks of scales, domains and competencies. */
    void run() {
        scales();
        domains();
        competencies();
    }

    /** Runs the lint that looks across assessments and competencies. */
    void lint() {
        unmeasured();
    }

    private void scales() {
        if (c.scales().isEmpty()) {
            f.missing(ROOT.append("scales"), "the curriculum needs at least one scale");
        }
        f.duplicates(c.scales(), Scale::id, ROOT.append("scales"), "scale");
        for (int i = 0; i < c.scales().size(); i++) {
            Scale s = c.scales().get(i);
            JsonPointer at = ROOT.append("scales").append(i).append("levels");
            if (s.levels().size() < 2) {
                f.error(INVALID_VALUE, at, "scale '" + s.id() + "' needs at least 2 levels, ordered low to high; it has "
                        + s.levels().size());
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < s.levels().size(); j++) {
                String level = s.levels().get(j);
                if (!Ids.isValid(level)) {
                    f.badId(at.append(j), "level", level);
                } else if (!seen.add(level)) {
                    f.error(DUPLICATE_ID, at.append(j), "level '" + level + "' appears twice in scale '" + s.id() + "'");
                }
            }
        }
    }

    private void domains() {
        f.duplicates(c.domains(), Domain::id, ROOT.append("domains"), "domain");
        for (int i = 0; i < c.domains().size(); i++) {
            f.notBlank(ROOT.append("domains").append(i).append("title"), c.domains().get(i).title(),
                    "the title of domain '" + c.domains().get(i).id() + "'");
        }
    }

    private void competencies() {
        if (c.competencies().isEmpty()) {
            f.missing(ROOT.append("competencies"), "the curriculum needs at least one competency");
        }
        f.duplicates(c.competencies(), Competency::id, ROOT.append("competencies"), "competency");
        JsonPointer list = ROOT.append("competencies");
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            JsonPointer at = list.append(i);
            if (Findings.isBlank(comp.title())) {
                f.notBlank(at.append("title"), comp.title(), "the title of competency '" + comp.id() + "'");
            }
            if (comp.description() != null && comp.description().isBlank()) {
                f.error(INVALID_VALUE, at.append("description"), "the description of competency '" + comp.id()
                        + "' is blank; leave it out instead");
            }
            if (comp.domain() != null && c.domain(comp.domain()).isEmpty()) {
                f.error(UNKNOWN_REFERENCE, at.append("domain"), "competency '" + comp.id() + "' names domain '"
                        + comp.domain() + "', which is not defined" + f.suggestion(comp.domain().value(),
                        c.domains().stream().map(d -> d.id().value()).toList()));
            }
            if (comp.parent() != null && c.competency(comp.parent()).isEmpty()) {
                f.error(UNKNOWN_REFERENCE, at.append("parent"), "competency '" + comp.id() + "' names parent '"
                        + comp.parent() + "', which is not a competency" + refs.competencySuggestion(comp.parent()));
            }
            if (comp.scale() != null && c.scale(comp.scale()).isEmpty()) {
                f.error(UNKNOWN_REFERENCE, at.append("scale"), "competency '" + comp.id() + "' names scale '"
                        + comp.scale() + "', which is not defined (scales: " + refs.scaleIds() + ")"
                        + f.suggestion(comp.scale().value(), c.scales().stream().map(s -> s.id().value()).toList()));
            } else if (comp.scale() == null && c.scales().size() > 1) {
                f.missing(at.append("scale"), "competency '" + comp.id() + "' needs a 'scale': the curriculum has "
                        + c.scales().size() + " scales (" + refs.scaleIds() + ")");
            }
            for (int j = 0; j < comp.indicators().size(); j++) {
                if (!Findings.isBlank(comp.indicators().get(j))) {
                    continue;
                }
                f.notBlank(at.append("indicators").append(j), comp.indicators().get(j),
                        "indicator " + (j + 1) + " of competency '" + comp.id() + "'");
            }
            for (int j = 0; j < comp.relations().size(); j++) {
                Relation r = comp.relations().get(j);
                if (c.competency(r.target()).isEmpty()) {
                    f.error(UNKNOWN_REFERENCE, relationTarget(at, j), "competency '" + comp.id() + "' relates to '" + r.target()
                            + "', which is not a competency" + refs.competencySuggestion(r.target()));
                } else if (r.target().equals(comp.id())) {
                    f.error(INVALID_VALUE, relationTarget(at, j), "competency '" + comp.id() + "' cannot relate to itself");
                }
            }
        }
        parentCycles();
        scaleMismatches();
    }

    private static JsonPointer relationTarget(JsonPointer competency, int j) {
        return competency.append("relations").append(j).append("target");
    }

    private void parentCycles() {
        Map<CompetencyId, Integer> index = refs.indexOf(c.competencies(), Competency::id);
        Map<Integer, List<Integer>> edges = new LinkedHashMap<>();
        for (int i = 0; i < c.competencies().size(); i++) {
            CompetencyId parent = c.competencies().get(i).parent();
            Integer p = parent == null ? null : index.get(parent);
            edges.put(i, p == null ? List.of() : List.of(p));
        }
        for (List<Integer> cycle : Graphs.cycles(edges)) {
            int last = cycle.stream().max(Integer::compare).orElseThrow();
            String names = Graphs.names(Graphs.ring(cycle, last, edges), i -> c.competencies().get(i).id().value());
            f.error(PARENT_CYCLE, ROOT.append("competencies").append(last).append("parent"),
                    "competency parents form a cycle: " + names);
        }
    }

    private void scaleMismatches() {
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            if (comp.parent() == null) {
                continue;
            }
            Competency parent = c.competency(comp.parent()).orElse(null);
            if (parent == null) {
                continue;
            }
            Scale mine = c.resolveScale(comp);
            Scale theirs = c.resolveScale(parent);
            if (mine != null && theirs != null && !mine.id().equals(theirs.id())) {
                JsonPointer at = ROOT.append("competencies").append(i).append(comp.scale() != null ? "scale" : "parent");
                f.error(SCALE_MISMATCH, at, "competency '" + comp.id() + "' uses scale '" + mine.id()
                        + "' but its parent '" + parent.id() + "' uses '" + theirs.id()
                        + "'; a child must use its parent's scale");
            }
        }
    }

    private void unmeasured() {
        Set<CompetencyId> measured = new HashSet<>();
        for (Assessment a : c.assessments()) {
            a.measures().forEach(m -> measured.add(m.competency()));
        }
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency comp = c.competencies().get(i);
            if (!measured.contains(comp.id()) && refs.children(comp.id()).isEmpty()) {
                f.warning(UNMEASURED_COMPETENCY, ROOT.append("competencies").append(i), "no assessment measures "
                        + "competency '" + comp.id() + "', so no learner can attain it");
            }
        }
    }
}

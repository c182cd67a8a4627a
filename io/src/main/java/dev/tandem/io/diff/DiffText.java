package dev.tandem.io.diff;

import dev.tandem.competency.CompetencyId;
import dev.tandem.diff.Change;
import dev.tandem.diff.CurriculumDiff;
import dev.tandem.diff.Impact;
import dev.tandem.diff.VignetteChange;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.PolicyDiff;
import dev.tandem.escalation.SignalValue;
import dev.tandem.io.internal.Emitter;
import dev.tandem.io.internal.NumberFormat;
import dev.tandem.training.ModuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link CurriculumDiff} as a review a safeguarding lead reads (FORMAT section 14.2): the situations
 * the new version sends to a lower tier first, under a heading that says so, each with its witness in words
 * ("with self-harm and distress 6, 2.1.0 decides 'consult' where 2.0.0 decided 'refer'"); then the raised
 * tiers, the vignettes whose expected answer changes, the impact on the cohort, and the other changes. No
 * learner id is ever written.
 *
 * <p>Stateless and thread-safe.
 */
public final class DiffText {

    private DiffText() {
    }

    /** {@return the review as text, ending with a newline} @param diff the difference */
    public static String write(CurriculumDiff diff) {
        Objects.requireNonNull(diff, "diff");
        String older = label(diff, true);
        String newer = label(diff, false);
        StringBuilder sb = new StringBuilder();
        sb.append("Comparing ").append(diff.older().id()).append(' ').append(diff.older().version()).append(" (old) with ")
                .append(diff.newer().id()).append(' ').append(diff.newer().version()).append(" (new)\n");
        if (diff.isEmpty()) {
            return sb.append("\nNo differences.\n").toString();
        }
        PolicyDiff e = diff.escalation();
        if (e == null) {
            sb.append("\nEscalation: not compared (").append(diff.older().version()).append(" and ")
                    .append(diff.newer().version()).append(" do not both have an escalation policy).\n");
        } else {
            if (!e.complete()) {
                sb.append("\nWARNING: the escalation comparison ran out of its search budget; pairs below may be"
                        + " missing, so the decisions are NOT shown to agree elsewhere.\n");
            }
            sb.append("\nLOWERED escalation tiers: situations the new version sends to a lower tier (review first)\n");
            pairs(sb, e.lowered(), older, newer);
            sb.append("\nRaised escalation tiers: situations the new version sends to a higher tier\n");
            pairs(sb, e.raised(), older, newer);
        }
        sb.append("\nScenario vignettes whose expected answer changes (past attempts are graded differently)\n");
        if (diff.vignettes().isEmpty()) {
            sb.append("  none\n");
        }
        for (VignetteChange v : diff.vignettes()) {
            sb.append("  - ").append(v.name()).append(": expected '").append(v.newTier()).append("', was '")
                    .append(v.oldTier()).append("'\n");
        }
        if (diff.impact() != null) {
            impact(sb, diff.impact());
        }
        sb.append("\nOther changes\n");
        if (diff.changes().isEmpty()) {
            sb.append("  none\n");
        }
        for (Change c : diff.changes()) {
            sb.append("  - ").append(c.kind().id()).append(' ').append(c.path());
            if (c.kind() == Change.Kind.CHANGED) {
                sb.append(": ").append(inline(c.oldValue())).append(" -> ").append(inline(c.newValue()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String label(CurriculumDiff diff, boolean old) {
        if (diff.older().version().equals(diff.newer().version())) {
            return old ? "the old version" : "the new version";
        }
        return old ? diff.older().version() : diff.newer().version();
    }

    private static void pairs(StringBuilder sb, List<PolicyDiff.Change> changes, String older, String newer) {
        if (changes.isEmpty()) {
            sb.append("  none\n");
        }
        for (PolicyDiff.Change c : changes) {
            sb.append("  - ").append(inWords(c.witness())).append(", ").append(newer).append(" decides '")
                    .append(c.to()).append("' where ").append(older).append(" decided '").append(c.from())
                    .append("'\n");
        }
    }

    /** {@return an observation in words: "with self-harm and distress 6", "with nothing observed"} */
    static String inWords(Observation o) {
        List<String> parts = new ArrayList<>();
        o.values().forEach((id, v) -> {
            if (v instanceof SignalValue.Bool b) {
                if (b.value()) {
                    parts.add(id.value());
                }
            } else if (v instanceof SignalValue.Number n) {
                parts.add(id.value() + " " + NumberFormat.format(n.value()));
            }
        });
        if (parts.isEmpty()) {
            return "with nothing observed";
        }
        if (parts.size() == 1) {
            return "with " + parts.get(0);
        }
        return "with " + String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void impact(StringBuilder sb, Impact impact) {
        sb.append("\nImpact on the cohort: ").append(impact.learners()).append(" learner")
                .append(impact.learners() == 1 ? "" : "s").append(" evaluated under both versions at ")
                .append(impact.asOf()).append('\n');
        sb.append("  Certification status\n");
        if (impact.certification().isEmpty()) {
            sb.append("    no change\n");
        }
        for (Impact.Transition t : impact.certification()) {
            sb.append("    ").append(t.count()).append(t.count() == 1 ? " learner goes" : " learners go")
                    .append(" from ").append(t.from().id()).append(" to ").append(t.to().id()).append('\n');
        }
        List<String> competencies = new ArrayList<>();
        for (Map.Entry<CompetencyId, Impact.Shift> e : impact.competencies().entrySet()) {
            Impact.Shift s = e.getValue();
            if (s.raised() > 0 || s.lowered() > 0) {
                competencies.add("    " + e.getKey() + ": " + s.raised() + " rose, " + s.lowered() + " fell");
            }
        }
        sb.append("  Competency levels\n").append(competencies.isEmpty() ? "    no change\n"
                : String.join("\n", competencies) + "\n");
        List<String> modules = new ArrayList<>();
        for (Map.Entry<ModuleId, Integer> e : impact.modules().entrySet()) {
            if (e.getValue() > 0) {
                modules.add("    " + e.getKey() + ": " + e.getValue() + " changed status");
            }
        }
        sb.append("  Module status\n").append(modules.isEmpty() ? "    no change\n" : String.join("\n", modules) + "\n");
    }

    /** {@return a canonical value on one line, as compact JSON} */
    private static String inline(Object value) {
        if (value == null) {
            return "(absent)";
        }
        return Emitter.json(value).strip().replaceAll("\\n\\s*", " ");
    }
}

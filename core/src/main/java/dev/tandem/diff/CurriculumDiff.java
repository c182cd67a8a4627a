package dev.tandem.diff;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyDiff;
import dev.tandem.escalation.TierId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changes between two versions of a curriculum (FORMAT section 14.2), as one value an integration can
 * show before an administrator publishes the new version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param older      the old version's id and version
 * @param newer      the new version's id and version
 * @param changes    the structural changes, in the new document's order (see {@link Change})
 * @param escalation how the escalation decisions differ, or null unless both versions have a policy
 * @param vignettes  the scenario vignettes (in both versions) whose expected tier changes, in the new
 *                   document's order
 * @param impact     the impact on a cohort, or null when no evidence was given
 */
public record CurriculumDiff(Version older, Version newer, List<Change> changes, PolicyDiff escalation,
        List<VignetteChange> vignettes, Impact impact) {

    /** Checks and copies the components; {@code escalation} and {@code impact} may be null. */
    public CurriculumDiff {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        changes = List.copyOf(changes);
        vignettes = List.copyOf(vignettes);
    }

    /**
     * A curriculum's identity.
     *
     * @param id      the curriculum's id
     * @param version its own version text
     */
    public record Version(String id, String version) {
        /** Checks the components. */
        public Version {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
        }

        /** {@return the identity of a curriculum} @param curriculum the curriculum */
        public static Version of(Curriculum curriculum) {
            return new Version(curriculum.id(), curriculum.version());
        }
    }

    /**
     * Compares two versions of a curriculum, without cohort impact.
     *
     * @param older         the old version
     * @param newer         the new version
     * @param canonicalForm the canonical document tree of a curriculum (maps, lists, strings, numbers,
     *                      booleans), as {@code tandem convert --to json} writes it; the io module's
     *                      {@code CurriculumWriter::canonicalTree}
     * @return the difference
     */
    public static CurriculumDiff of(Curriculum older, Curriculum newer,
            Function<Curriculum, Map<String, Object>> canonicalForm) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(canonicalForm, "canonicalForm");
        List<Change> changes = StructuralDiff.between(canonicalForm.apply(older), canonicalForm.apply(newer));
        Policy op = older.escalation().orElse(null);
        Policy np = newer.escalation().orElse(null);
        PolicyDiff escalation = op == null || np == null ? null : PolicyDiff.between(op, np);
        List<VignetteChange> vignettes = op == null || np == null ? List.of() : vignettes(older, newer, op, np);
        return new CurriculumDiff(Version.of(older), Version.of(newer), changes, escalation, vignettes, null);
    }

    private static List<VignetteChange> vignettes(Curriculum older, Curriculum newer, Policy op, Policy np) {
        CompiledPolicy before = op.compile();
        CompiledPolicy after = np.compile();
        List<VignetteChange> out = new ArrayList<>();
        for (Assessment a : newer.assessments()) {
            Assessment o = older.assessment(a.id()).orElse(null);
            if (a.kind() != AssessmentKind.SCENARIO || o == null || o.kind() != AssessmentKind.SCENARIO) {
                continue;
            }
            for (Vignette v : a.vignettes()) {
                Optional<Vignette> ov = o.vignettes().stream().filter(x -> x.id().equals(v.id())).findFirst();
                if (ov.isEmpty()) {
                    continue;
                }
                TierId was = before.decide(ov.get().signals()).tier();
                TierId is = after.decide(v.signals()).tier();
                if (!was.equals(is)) {
                    out.add(new VignetteChange(a.id(), v.id(), was, is));
                }
            }
        }
        return out;
    }

    /** {@return this difference with the impact on a cohort} @param impact the impact */
    public CurriculumDiff withImpact(Impact impact) {
        return new CurriculumDiff(older, newer, changes, escalation, vignettes, Objects.requireNonNull(impact,
                "impact"));
    }

    /** {@return how the escalation decisions differ, when both versions have a policy} */
    public Optional<PolicyDiff> escalationDiff() {
        return Optional.ofNullable(escalation);
    }

    /** {@return the impact on a cohort, when evidence was given} */
    public Optional<Impact> cohortImpact() {
        return Optional.ofNullable(impact);
    }

    /**
     * {@return true when the two versions are the same in everything compared}: no structural change, the same
     * decisions, no regraded vignette and nobody's certification status changes (FORMAT section 14.2, exit 0)
     */
    public boolean isEmpty() {
        return changes.isEmpty() && (escalation == null || escalation.isEmpty() && escalation.complete()) && vignettes.isEmpty()
                && (impact == null || impact.certification().isEmpty() && impact.competencies().values().stream()
                        .allMatch(s -> s.raised() == 0 && s.lowered() == 0)
                        && impact.modules().values().stream().allMatch(n -> n == 0));
    }
}

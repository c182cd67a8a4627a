package dev.tandem.analytics;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.CompetencyId;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a cohort report for one population: the whole cohort, or the learners whose first record
 * falls in one month. Every map keeps document order; every count is a {@link Cell}.
 *
 * @param certification       the learners per certification status (certified, lapsed, in-progress,
 *                            not-started); null when the curriculum has no certification
 * @param timeToCertification days from first record to certification; null when the curriculum has no
 *                            certification
 * @param competencies        per competency, the learners at each level: {@code none} first, then the
 *                            levels of its scale from low to high
 * @param modules             per module, the learners in each status (completed, in-progress, locked,
 *                            not-started)
 * @param assessments         per assessment, its attempt figures
 * @param vignettes           per vignette of every scenario assessment, the escalation judgement, in document
 *                            order
 * @param renewalDue          the certified learners whose renewal is due (FORMAT 13.3); null when the
 *                            certification has no renewal block
 */
public record Figures(Map<CertificationStatus, Cell> certification, TimeToCertification timeToCertification,
        Map<CompetencyId, Map<String, Cell>> competencies, Map<ModuleId, Map<ModuleStatus, Cell>> modules,
        Map<AssessmentId, AssessmentFigures> assessments, List<VignetteFigures> vignettes, Cell renewalDue) {

    /**
     * Figures without renewals.
     *
     * @param certification       the learners per certification status, or null
     * @param timeToCertification days from first record to certification, or null
     * @param competencies        per competency, the learners at each level
     * @param modules             per module, the learners in each status
     * @param assessments         per assessment, its attempt figures
     * @param vignettes           per vignette, the escalation judgement
     */
    // CPD-OFF: the constructor of figures without renewals repeats the record's components, as it must
    public Figures(Map<CertificationStatus, Cell> certification, TimeToCertification timeToCertification,
            Map<CompetencyId, Map<String, Cell>> competencies, Map<ModuleId, Map<ModuleStatus, Cell>> modules,
            Map<AssessmentId, AssessmentFigures> assessments, List<VignetteFigures> vignettes) {
        // CPD-ON
        this(certification, timeToCertification, competencies, modules, assessments, vignettes, null);
    }

    /**
     * Checks and copies the components, keeping their order.
     *
     * @param certification       the learners per certification status (certified, lapsed, in-progress,
     *        not-started); null when the curriculum has no certification
     * @param timeToCertification days from first record to certification; null when the curriculum has no
     *        certification
     * @param competencies        per competency, the learners at each level: {@code none} first, then the
     *        levels of its scale from low to high
     * @param modules             per module, the learners in each status (completed, in-progress, locked,
     *        not-started)
     * @param assessments         per assessment, its attempt figures
     * @param vignettes           per vignette of every scenario assessment, the escalation judgement, in document
     *        order
     * @param renewalDue the certified learners whose renewal is due (FORMAT 13.3); null when the certification has no renewal block
     */
    public Figures {
        certification = certification == null ? null : ordered(certification);
        Objects.requireNonNull(competencies, "competencies");
        LinkedHashMap<CompetencyId, Map<String, Cell>> comps = new LinkedHashMap<>();
        competencies.forEach((k, v) -> comps.put(k, ordered(v)));
        competencies = Collections.unmodifiableMap(comps);
        Objects.requireNonNull(modules, "modules");
        LinkedHashMap<ModuleId, Map<ModuleStatus, Cell>> mods = new LinkedHashMap<>();
        modules.forEach((k, v) -> mods.put(k, ordered(v)));
        modules = Collections.unmodifiableMap(mods);
        assessments = ordered(assessments);
        vignettes = List.copyOf(vignettes);
    }

    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        Objects.requireNonNull(map, "map");
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * {@return the scenarios trainees get dangerously wrong: the vignettes whose under-escalation cell is shown
     * and not zero, by share of under-escalating learners, highest first (ties: document order)}
     */
    public List<VignetteFigures> dangerous() {
        return vignettes.stream().filter(v -> !v.under().suppressed() && v.under().count() > 0)
                .sorted(Comparator.comparingDouble((VignetteFigures v) -> v.under().share()).reversed()).toList();
    }

    /**
     * {@return the scenarios trainees may get dangerously wrong without the report being allowed to say so: the
     * vignettes whose under-escalation cell is suppressed, in document order}. A headline counting
     * {@link #dangerous()} alone would show fewer such vignettes than there may be.
     */
    public List<VignetteFigures> possiblyDangerous() {
        return vignettes.stream().filter(v -> v.under().suppressed()).toList();
    }
}

package dev.tandem.testing;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.certification.PracticeRequirement;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.Scale;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.curriculum.Setting;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Policy;
import dev.tandem.training.TrainingModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-data builder of curricula: {@link #minimal()} is the smallest valid curriculum without warnings, and
 * the knobs replace or add parts, so that each test states only the part it is about.
 *
 * <p>The minimal curriculum: scale {@value #SCALE} ({@link #LEVELS}), competency {@value #COMPETENCY}, module
 * {@value #MODULE}, and quiz {@value #ASSESSMENT} in that module (max-score 10, pass-score 8) that awards
 * {@value #COMPETENCY} at {@code proficient}. Not thread-safe.
 */
public final class Curricula {

    /** The id of the minimal curriculum's scale. */
    public static final String SCALE = "proficiency";
    /** The levels of {@value #SCALE}, low to high. */
    public static final List<String> LEVELS = List.of("aware", "developing", "proficient", "advanced");
    /** The id of the minimal curriculum's competency. */
    public static final String COMPETENCY = "listening";
    /** The id of the minimal curriculum's module. */
    public static final String MODULE = "m1-foundations";
    /** The id of the minimal curriculum's assessment. */
    public static final String ASSESSMENT = "a1-quiz";

    private String id = "peer-support";
    private String version = "1.0.0";
    private String title = "Peer support basics";
    private String description;
    private Setting setting = Setting.COMMUNITY;
    private String language;
    private Attainment attainment;
    private final List<Scale> scales = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();
    private final List<Competency> competencies = new ArrayList<>();
    private final List<TrainingModule> modules = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private Certification certification;
    private Policy escalation;

    private Curricula() {
    }

    /** {@return a builder holding the minimal valid curriculum} */
    public static Curricula minimal() {
        Curricula c = new Curricula();
        c.scales.add(proficiency());
        c.competencies.add(competency(COMPETENCY).build());
        c.modules.add(module(MODULE).build());
        c.assessments.add(quiz(ASSESSMENT, COMPETENCY, "proficient").module(MODULE).build());
        return c;
    }

    // ------------------------------------------------------------ parts

    /** {@return the scale {@value #SCALE} with {@link #LEVELS}} */
    public static Scale proficiency() {
        return Scale.of(SCALE, LEVELS.toArray(String[]::new));
    }

    /** {@return a competency builder with a title derived from the id} @param id the competency id */
    public static Competency.Builder competency(String id) {
        return Competency.builder(id, "Competency " + id);
    }

    /** {@return a module builder with a title derived from the id} @param id the module id */
    public static TrainingModule.Builder module(String id) {
        return TrainingModule.builder(id, "Module " + id);
    }

    /**
     * {@return a quiz builder: max-score 10, pass-score 8, measuring one competency}
     *
     * @param id         the assessment id
     * @param competency the measured competency
     * @param level      the level a passing attempt awards
     */
    public static Assessment.Builder quiz(String id, String competency, String level) {
        return Assessment.builder(id, "Assessment " + id, AssessmentKind.QUIZ).scores(10, 8)
                .measures(competency, level);
    }

    /**
     * {@return a scenario builder with one vignette (ideation set) and pass-score 1, measuring one competency;
     * the curriculum needs an escalation policy such as {@link Policies#standard()}}
     *
     * @param id         the assessment id
     * @param competency the measured competency
     * @param level      the level a passing attempt awards
     */
    public static Assessment.Builder scenario(String id, String competency, String level) {
        return Assessment.builder(id, "Assessment " + id, AssessmentKind.SCENARIO).passScore(1)
                .measures(competency, level)
                .vignette(Vignette.of("v1", "A peer says they think about ending their life.",
                        Observation.builder().flag("ideation", true).build()));
    }

    /** {@return a certification of all modules with the given competency requirements and no practice} */
    public static Certification certification(LevelRequirement... requirements) {
        return new Certification("Certified peer supporter", ModuleSelection.allModules(), List.of(requirements),
                null);
    }

    /** {@return a certification of all modules with the given practice requirement only} */
    public static Certification certification(PracticeRequirement practice) {
        return new Certification("Certified peer supporter", ModuleSelection.allModules(), List.of(), practice);
    }

    /** {@return a competency level requirement} @param competency the competency id @param level the level */
    public static LevelRequirement requirement(String competency, String level) {
        return new LevelRequirement(CompetencyId.of(competency), level);
    }

    // ------------------------------------------------------------ knobs

    /** {@return this builder} @param value the curriculum id, or null */
    public Curricula id(String value) {
        id = value;
        return this;
    }

    /** {@return this builder} @param value the content version, or null */
    public Curricula version(String value) {
        version = value;
        return this;
    }

    /** {@return this builder} @param value the title, or null */
    public Curricula title(String value) {
        title = value;
        return this;
    }

    /** {@return this builder} @param value the description, or null */
    public Curricula description(String value) {
        description = value;
        return this;
    }

    /** {@return this builder} @param value the setting, or null */
    public Curricula setting(Setting value) {
        setting = value;
        return this;
    }

    /** {@return this builder} @param value the language tag, or null */
    public Curricula language(String value) {
        language = value;
        return this;
    }

    /** {@return this builder} @param value the attainment rule, or null */
    public Curricula attainment(Attainment value) {
        attainment = value;
        return this;
    }

    /** {@return this builder, its scales replaced} @param replacement the scales (none for an empty list) */
    public Curricula scales(Scale... replacement) {
        scales.clear();
        scales.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more scale} @param scale the scale */
    public Curricula scale(Scale scale) {
        scales.add(scale);
        return this;
    }

    /** {@return this builder with one more domain} @param domain the domain */
    public Curricula domain(Domain domain) {
        domains.add(domain);
        return this;
    }

    /** {@return this builder, its competencies replaced} @param replacement the competencies */
    public Curricula competencies(Competency... replacement) {
        competencies.clear();
        competencies.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more competency} @param competency the competency */
    public Curricula competency(Competency competency) {
        competencies.add(competency);
        return this;
    }

    /** {@return this builder, its modules replaced} @param replacement the modules */
    public Curricula modules(TrainingModule... replacement) {
        modules.clear();
        modules.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more module} @param module the module */
    public Curricula module(TrainingModule module) {
        modules.add(module);
        return this;
    }

    /** {@return this builder, its assessments replaced} @param replacement the assessments */
    public Curricula assessments(Assessment... replacement) {
        assessments.clear();
        assessments.addAll(List.of(replacement));
        return this;
    }

    /** {@return this builder with one more assessment} @param assessment the assessment */
    public Curricula assessment(Assessment assessment) {
        assessments.add(assessment);
        return this;
    }

    /** {@return this builder} @param value the certification, or null */
    public Curricula certification(Certification value) {
        certification = value;
        return this;
    }

    /** {@return this builder} @param value the escalation policy, or null */
    public Curricula escalation(Policy value) {
        escalation = value;
        return this;
    }

    // ------------------------------------------------------------ results

    /** {@return a fresh {@link Curriculum.Builder} holding every part set here} */
    public Curriculum.Builder builder() {
        Curriculum.Builder b = Curriculum.builder().id(id).version(version).title(title).description(description)
                .setting(setting).language(language).attainment(attainment).certification(certification)
                .escalation(escalation);
        scales.forEach(b::scale);
        domains.forEach(b::domain);
        competencies.forEach(b::competency);
        modules.forEach(b::module);
        assessments.forEach(b::assessment);
        return b;
    }

    /** {@return every diagnostic of the curriculum, without building it} */
    public List<Diagnostic> diagnostics() {
        return builder().diagnostics();
    }

    /** {@return the built curriculum} @throws dev.tandem.diagnostic.CurriculumException when it has errors */
    public Curriculum build() {
        return builder().build();
    }
}

package dev.tandem.curriculum;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.certification.Certification;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.diagnostic.CurriculumException;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.escalation.Policy;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A curriculum: the aggregate root of the format (FORMAT sections 2-7). Scales, domains, competencies,
 * modules, assessments, an optional certification and an optional escalation policy.
 *
 * <p>A {@code Curriculum} is always valid: {@link Builder#build()} refuses to build one with errors. Its
 * warnings are kept in {@link #warnings()}. Immutable and thread-safe. Two curricula are equal when every
 * part is equal (the warnings are derived and not compared).
 */
public final class Curriculum {

    /** The language used when a document gives none. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final String id;
    private final String version;
    private final String title;
    private final String description;
    private final Setting setting;
    private final String language;
    private final Attainment attainment;
    private final List<Scale> scales;
    private final List<Domain> domains;
    private final List<Competency> competencies;
    private final List<TrainingModule> modules;
    private final List<Assessment> assessments;
    private final Certification certification;
    private final Policy escalation;
    private final CaseDocument caseDocument;
    private final Map<ScaleId, Scale> scaleIndex;
    private final Map<CompetencyId, Competency> competencyIndex;
    private final Map<DomainId, Domain> domainIndex;
    private final Map<ModuleId, TrainingModule> moduleIndex;
    private final Map<AssessmentId, Assessment> assessmentIndex;
    private final Map<CompetencyId, List<Competency>> childIndex;
    private final Map<ModuleId, List<Assessment>> moduleAssessments;
    private final List<Diagnostic> warnings;

    private Curriculum(Builder b, List<Diagnostic> warnings) {
        this.warnings = List.copyOf(warnings);
        this.id = b.id;
        this.version = b.version;
        this.title = b.title;
        this.description = b.description;
        this.setting = b.setting;
        this.language = b.language == null ? DEFAULT_LANGUAGE : b.language;
        this.attainment = b.attainment == null ? Attainment.BEST : b.attainment;
        this.scales = List.copyOf(b.scales);
        this.domains = List.copyOf(b.domains);
        this.competencies = List.copyOf(b.competencies);
        this.modules = List.copyOf(b.modules);
        this.assessments = List.copyOf(b.assessments);
        this.certification = b.certification;
        this.escalation = b.escalation;
        this.caseDocument = b.caseDocument;
        this.scaleIndex = index(scales, Scale::id);
        this.competencyIndex = index(competencies, Competency::id);
        this.domainIndex = index(domains, Domain::id);
        this.moduleIndex = index(modules, TrainingModule::id);
        this.assessmentIndex = index(assessments, Assessment::id);
        this.childIndex = group(competencies, Competency::parent);
        this.moduleAssessments = group(assessments, Assessment::module);
    }

    /** The same curriculum with its validator's diagnostics: built once, validated once. */
    private Curriculum(Curriculum c, List<Diagnostic> warnings) {
        this.warnings = List.copyOf(warnings);
        this.id = c.id;
        this.version = c.version;
        this.title = c.title;
        this.description = c.description;
        this.setting = c.setting;
        this.language = c.language;
        this.attainment = c.attainment;
        this.scales = c.scales;
        this.domains = c.domains;
        this.competencies = c.competencies;
        this.modules = c.modules;
        this.assessments = c.assessments;
        this.certification = c.certification;
        this.escalation = c.escalation;
        this.caseDocument = c.caseDocument;
        this.scaleIndex = c.scaleIndex;
        this.competencyIndex = c.competencyIndex;
        this.domainIndex = c.domainIndex;
        this.moduleIndex = c.moduleIndex;
        this.assessmentIndex = c.assessmentIndex;
        this.childIndex = c.childIndex;
        this.moduleAssessments = c.moduleAssessments;
    }

    /** Groups values by a key that may be null (then the value is left out); lists keep document order. */
    private static <K, V> Map<K, List<V>> group(Collection<V> values, Function<V, K> key) {
        Map<K, List<V>> map = new LinkedHashMap<>();
        for (V v : values) {
            K k = key.apply(v);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        map.replaceAll((k, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V v : values) {
            map.putIfAbsent(key.apply(v), v);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding every part of this curriculum, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).version(version).title(title).description(description).setting(setting)
                .language(language).attainment(attainment).certification(certification).escalation(escalation)
                .caseDocument(caseDocument);
        b.scales.addAll(scales);
        b.domains.addAll(domains);
        b.competencies.addAll(competencies);
        b.modules.addAll(modules);
        b.assessments.addAll(assessments);
        return b;
    }

    /** {@return the curriculum's id} */
    public String id() {
        return id;
    }

    /** {@return the content's own version (free text, semver advised)} */
    public String version() {
        return version;
    }

    /** {@return the title} */
    public String title() {
        return title;
    }

    /** {@return the description, or empty} */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** {@return the setting} */
    public Setting setting() {
        return setting;
    }

    /** {@return the BCP-47 language tag; {@value #DEFAULT_LANGUAGE} when the document gives none} */
    public String language() {
        return language;
    }

    /** {@return the framework's identity as a CASE CFDocument (the document's {@code case} block), or empty} */
    public Optional<CaseDocument> caseDocument() {
        return Optional.ofNullable(caseDocument);
    }

    /** {@return how attempts combine into levels; {@code best} when the document gives none} */
    public Attainment attainment() {
        return attainment;
    }

    /** {@return the scales, in document order} */
    public List<Scale> scales() {
        return scales;
    }

    /** {@return the domains, in document order} */
    public List<Domain> domains() {
        return domains;
    }

    /** {@return the competencies, in document order} */
    public List<Competency> competencies() {
        return competencies;
    }

    /** {@return the modules, in document order} */
    public List<TrainingModule> modules() {
        return modules;
    }

    /** {@return the assessments, in document order} */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** {@return the certification, or empty} */
    public Optional<Certification> certification() {
        return Optional.ofNullable(certification);
    }

    /** {@return the escalation policy, or empty} */
    public Optional<Policy> escalation() {
        return Optional.ofNullable(escalation);
    }

    /** {@return the warnings found when this curriculum was built (errors make building impossible)} */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * {@return the competency with that id, or empty}
     *
     * @param id a competency id
     */
    public Optional<Competency> competency(CompetencyId id) {
        return Optional.ofNullable(competencyIndex.get(id));
    }

    /**
     * {@return the module with that id, or empty}
     *
     * @param id a module id
     */
    public Optional<TrainingModule> module(ModuleId id) {
        return Optional.ofNullable(moduleIndex.get(id));
    }

    /**
     * {@return the assessment with that id, or empty}
     *
     * @param id an assessment id
     */
    public Optional<Assessment> assessment(AssessmentId id) {
        return Optional.ofNullable(assessmentIndex.get(id));
    }

    /**
     * {@return the scale with that id, or empty}
     *
     * @param id a scale id
     */
    public Optional<Scale> scale(ScaleId id) {
        return Optional.ofNullable(scaleIndex.get(id));
    }

    /**
     * {@return the domain with that id, or empty}
     *
     * @param id a domain id
     */
    public Optional<Domain> domain(DomainId id) {
        return Optional.ofNullable(domainIndex.get(id));
    }

    /**
     * {@return the scale a competency is measured on: its own, or the curriculum's only scale}
     *
     * @param id a competency of this curriculum
     * @throws IllegalArgumentException when the curriculum has no such competency
     */
    public Scale scaleOf(CompetencyId id) {
        Competency c = competencyIndex.get(id);
        if (c == null) {
            throw new IllegalArgumentException("Unknown competency: " + id);
        }
        return resolveScale(c);
    }

    Scale resolveScale(Competency c) {
        if (c.scale() != null) {
            return scaleIndex.get(c.scale());
        }
        return scales.size() == 1 ? scales.get(0) : null;
    }

    /**
     * {@return the attainment method of a competency: its own, or the document's (FORMAT 13.1)}
     *
     * @param id a competency of this curriculum
     * @throws IllegalArgumentException when the curriculum has no such competency
     */
    public Attainment attainmentOf(CompetencyId id) {
        Competency c = competencyIndex.get(id);
        if (c == null) {
            throw new IllegalArgumentException("Unknown competency: " + id);
        }
        return c.attainment() == null ? attainment : c.attainment();
    }

    /**
     * {@return true when the document uses a part of FORMAT section 13: an attainment method other than
     * {@code best} and {@code latest}, a competency's own method, a roll-up rule, or a renewal block}
     * Outputs add section 13's fields only for such documents, so the others read exactly as before.
     */
    public boolean usesLifecycle() {
        return !(attainment instanceof Attainment.Best || attainment instanceof Attainment.Latest)
                || competencies.stream().anyMatch(c -> c.attainment() != null || c.rollup() != null)
                || certification != null && certification.renewal() != null;
    }

    /**
     * {@return the direct children of a competency, in document order}
     *
     * @param id a competency id
     */
    public List<Competency> children(CompetencyId id) {
        return childIndex.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    /**
     * {@return the assessments that belong to a module, in document order}
     *
     * @param id a module id
     */
    public List<Assessment> assessmentsOf(ModuleId id) {
        return moduleAssessments.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    // package-private accessors for the validator: the raw values, which may be null before validation
    String rawDescription() {
        return description;
    }

    Certification rawCertification() {
        return certification;
    }

    Policy rawEscalation() {
        return escalation;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Curriculum c)) {
            return false;
        }
        return Objects.equals(id, c.id) && Objects.equals(version, c.version) && Objects.equals(title, c.title)
                && Objects.equals(description, c.description) && setting == c.setting
                && language.equals(c.language) && attainment.equals(c.attainment) && scales.equals(c.scales)
                && domains.equals(c.domains) && competencies.equals(c.competencies) && modules.equals(c.modules)
                && assessments.equals(c.assessments) && Objects.equals(certification, c.certification)
                && Objects.equals(escalation, c.escalation) && Objects.equals(caseDocument, c.caseDocument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, description, setting, language, attainment, scales, domains,
                competencies, modules, assessments, certification, escalation, caseDocument);
    }

    @Override
    public String toString() {
        return "Curriculum[" + id + " " + version + ": " + competencies.size() + " competencies, " + modules.size()
                + " modules, " + assessments.size() + " assessments]";
    }

    /**
     * Builds a {@link Curriculum} in code, with the same reach as the file format. Not thread-safe.
     *
     * <p>{@link #diagnostics()} lists every problem without throwing; {@link #build()} throws a
     * {@link CurriculumException} carrying all of them when any is an error.
     */
    public static final class Builder {
        private String id;
        private String version;
        private String title;
        private String description;
        private Setting setting;
        private String language;
        private Attainment attainment;
        private final List<Scale> scales = new ArrayList<>();
        private final List<Domain> domains = new ArrayList<>();
        private final List<Competency> competencies = new ArrayList<>();
        private final List<TrainingModule> modules = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private Certification certification;
        private Policy escalation;
        private CaseDocument caseDocument;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param id the curriculum id (checked by the validator)
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param version the content's own version
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param title the title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param description the description, or null
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param setting the setting
         */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param language a BCP-47 tag, or null for the default
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param attainment how attempts combine, or null for the default
         */
        public Builder attainment(Attainment attainment) {
            this.attainment = attainment;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param scale a scale to add
         */
        public Builder scale(Scale scale) {
            scales.add(Objects.requireNonNull(scale, "scale"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param domain a domain to add
         */
        public Builder domain(Domain domain) {
            domains.add(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param competency a competency to add
         */
        public Builder competency(Competency competency) {
            competencies.add(Objects.requireNonNull(competency, "competency"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param module a module to add
         */
        public Builder module(TrainingModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param assessment an assessment to add
         */
        public Builder assessment(Assessment assessment) {
            assessments.add(Objects.requireNonNull(assessment, "assessment"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param certification the certification, or null for none
         */
        public Builder certification(Certification certification) {
            this.certification = certification;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param escalation the escalation policy, or null for none
         */
        public Builder escalation(Policy escalation) {
            this.escalation = escalation;
            return this;
        }

        /**
         * Sets the framework's identity as a CASE CFDocument (the document's {@code case} block).
         *
         * @param caseDocument the identity, or null for none (an empty one counts as none)
         * @return this builder
         */
        public Builder caseDocument(CaseDocument caseDocument) {
            this.caseDocument = caseDocument == null || caseDocument.isEmpty() ? null : caseDocument;
            return this;
        }

        /**
         * Validates what has been set so far, without throwing.
         *
         * @return every problem, errors and warnings, in document order
         */
        public List<Diagnostic> diagnostics() {
            return new CurriculumValidator(new Curriculum(this, List.of())).validate();
        }

        /**
         * Builds the curriculum.
         *
         * @return the curriculum, with its warnings in {@link Curriculum#warnings()}
         * @throws CurriculumException when there are errors; it carries every diagnostic
         */
        public Curriculum build() {
            return buildUnless(Diagnostic::isError);
        }

        /**
         * Builds a draft for review: a curriculum whose only errors are violated policy requirements
         * ({@code requirement-violated}). FORMAT section 14.2 compares such a draft, since it is the one a
         * reviewer most needs to see; nothing else should accept it. Its {@link Curriculum#warnings()} hold
         * every diagnostic, those errors included.
         *
         * @return the draft
         * @throws CurriculumException when there are other errors; it carries every diagnostic
         */
        public Curriculum buildDraft() {
            return buildUnless(d -> d.isError()
                    && d.code() != dev.tandem.diagnostic.DiagnosticCode.REQUIREMENT_VIOLATED);
        }

        /**
         * Makes the curriculum once, validates it once and hands it out with its diagnostics, unless one of them
         * refuses it.
         */
        private Curriculum buildUnless(java.util.function.Predicate<Diagnostic> refuses) {
            Curriculum candidate = new Curriculum(this, List.of());
            List<Diagnostic> diagnostics = new CurriculumValidator(candidate).validate();
            if (diagnostics.stream().anyMatch(refuses)) {
                throw new CurriculumException(diagnostics);
            }
            return new Curriculum(candidate, diagnostics);
        }
    }
}

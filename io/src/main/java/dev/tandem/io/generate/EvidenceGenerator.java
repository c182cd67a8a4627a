package dev.tandem.io.generate;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.assessment.VignetteId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import dev.tandem.certification.Certification;
import dev.tandem.certification.TopicId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A generator of synthetic, realistic evidence for a curriculum, deterministic for a seed.
 *
 * <p>Each learner works through the modules in prerequisite order: modules with assessments get attempts
 * (scores drawn around the learner's ability; a failed attempt is usually retried, and now and then a learner
 * tries once more after using up {@code max-attempts}, so that evaluations report ignored attempts), modules
 * without assessments get a completion record, and sessions of supervised practice are spread along the way
 * until the certification's practice hours are reached. Scenario attempts answer each vignette with the tier
 * the policy decides for its signals most of the time, and otherwise one tier too low (under-escalation),
 * one tier too high, or not at all. Assessments that belong to no module come after the modules. A learner who
 * has finished before reaching the requested number of records goes on with refresher attempts and practice;
 * one who has not finished simply stops there, as a learner still in training would. When the certification
 * asks for continuing education, a finished learner also attends education sessions, some in its topics. Times advance by days
 * within working hours from a start within a year of {@link GeneratorSettings#start()}.
 *
 * <p>Every learner gets exactly {@link GeneratorSettings#recordsPerLearner()} records. Records are
 * delivered in time order within blocks of consecutive learners (at most 1,000 learners or 100,000 records per
 * block), so files look like an export interleaving learners, while memory stays bounded by one block whatever
 * the number of learners. Learner {@code i} (from 1) draws from the {@code i}-th split of a
 * {@link SplittableRandom} seeded with the seed, so the stream depends only on the curriculum and the settings.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvidenceGenerator {

    private static final int MAX_BLOCK_LEARNERS = 1_000;
    private static final int MAX_BLOCK_RECORDS = 100_000;

    private final List<ModuleStep> steps;
    private final List<AssessmentPlan> unattached;
    private final List<AssessmentPlan> all;
    private final double practiceHours;
    private final List<TierId> tiers;
    /** the topics of the continuing-education requirement; null when the curriculum has none. */
    private final List<TopicId> educationTopics;

    private EvidenceGenerator(Curriculum curriculum) {
        Policy policy = curriculum.escalation().orElse(null);
        CompiledPolicy compiled = policy == null ? null : policy.compile();
        this.tiers = policy == null ? List.of() : policy.tiers().stream().map(t -> t.id()).toList();
        Map<ModuleId, List<AssessmentPlan>> byModule = new LinkedHashMap<>();
        List<AssessmentPlan> unattachedPlans = new ArrayList<>();
        List<AssessmentPlan> allPlans = new ArrayList<>();
        for (Assessment a : curriculum.assessments()) {
            AssessmentPlan plan = AssessmentPlan.of(a, compiled, tiers);
            allPlans.add(plan);
            if (a.module() == null) {
                unattachedPlans.add(plan);
            } else {
                byModule.computeIfAbsent(a.module(), m -> new ArrayList<>()).add(plan);
            }
        }
        List<ModuleStep> moduleSteps = new ArrayList<>();
        for (TrainingModule m : prerequisiteOrder(curriculum.modules())) {
            moduleSteps.add(new ModuleStep(m.id(), List.copyOf(byModule.getOrDefault(m.id(), List.of()))));
        }
        this.steps = List.copyOf(moduleSteps);
        this.unattached = List.copyOf(unattachedPlans);
        this.all = List.copyOf(allPlans);
        this.practiceHours = curriculum.certification()
                .map(c -> c.practice() == null ? 0.0 : c.practice().hours()).orElse(0.0);
        this.educationTopics = curriculum.certification().map(Certification::continuingEducation)
                .map(ce -> List.copyOf(ce.topics().keySet())).orElse(null);
    }

    /**
     * Prepares a generator for a curriculum: its module order, the expected tier of every vignette.
     *
     * @param curriculum the curriculum the evidence is for
     * @return the generator
     */
    public static EvidenceGenerator of(Curriculum curriculum) {
        Objects.requireNonNull(curriculum, "curriculum");
        return new EvidenceGenerator(curriculum);
    }

    /**
     * {@return the id of the {@code n}-th learner (from 1): {@code L-} and at least six digits}
     *
     * @param n the learner's number, at least 1
     */
    public static String learnerId(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Invalid learner number (must be at least 1): " + n);
        }
        String digits = Integer.toString(n);
        return "L-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /**
     * Generates the records and hands each to a consumer, in output order, without holding more than one
     * block of learners in memory.
     *
     * @param settings how many learners and records, the seed and the start
     * @param sink     receives every record
     */
    public void generate(GeneratorSettings settings, Consumer<? super EvidenceRecord> sink) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        SplittableRandom root = new SplittableRandom(settings.seed());
        int k = settings.recordsPerLearner();
        int blockLearners = Math.max(1, Math.min(MAX_BLOCK_LEARNERS, MAX_BLOCK_RECORDS / k));
        List<Timed> block = new ArrayList<>(Math.min(blockLearners * k, MAX_BLOCK_RECORDS + k));
        int learner = 1;
        while (learner <= settings.learners()) {
            int end = (int) Math.min((long) learner + blockLearners, (long) settings.learners() + 1);
            block.clear();
            for (int n = learner; n < end; n++) {
                LearnerJourney journey = new LearnerJourney(this, learnerId(n), root.split(), settings);
                List<EvidenceRecord> records = journey.records();
                for (int i = 0; i < records.size(); i++) {
                    block.add(new Timed(records.get(i), n, i));
                }
            }
            block.sort(Timed.ORDER);
            for (Timed t : block) {
                sink.accept(t.record());
            }
            learner = end;
        }
    }

    /**
     * Generates the records and writes them in one of the forms of FORMAT section 6.1.
     *
     * @param settings how many learners and records, the seed and the start
     * @param format   JSON Lines or CSV
     * @param out      where to write (pass a buffered writer); flushed, not closed
     * @return the number of records written
     * @throws IOException when writing fails
     */
    public long write(GeneratorSettings settings, EvidenceWriter.Format format, Writer out) throws IOException {
        Objects.requireNonNull(settings, "settings");
        EvidenceWriter writer = EvidenceWriter.of(format, out, educationTopics != null);
        long[] count = {0};
        try {
            generate(settings, record -> {
                try {
                    writer.write(record);
                    count[0]++;
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
            });
        } catch (WriteFailure e) {
            throw e.getCause();
        }
        writer.flush();
        return count[0];
    }

    /** {@return the continuing-education topics, or null when the curriculum asks for no continuing education} */
    List<TopicId> educationTopics() {
        return educationTopics;
    }

    List<ModuleStep> steps() {
        return steps;
    }

    List<AssessmentPlan> unattached() {
        return unattached;
    }

    List<AssessmentPlan> assessments() {
        return all;
    }

    double practiceHours() {
        return practiceHours;
    }

    private static List<TrainingModule> prerequisiteOrder(List<TrainingModule> modules) {
        List<TrainingModule> ordered = new ArrayList<>(modules.size());
        Set<ModuleId> placed = new HashSet<>();
        boolean progress = true;
        while (ordered.size() < modules.size() && progress) {
            progress = false;
            for (TrainingModule m : modules) {
                if (!placed.contains(m.id()) && placed.containsAll(m.requires())) {
                    ordered.add(m);
                    placed.add(m.id());
                    progress = true;
                }
            }
        }
        for (TrainingModule m : modules) {
            if (placed.add(m.id())) {
                ordered.add(m);
            }
        }
        return ordered;
    }

    /** A module and its assessments, in the order a learner takes them. */
    record ModuleStep(ModuleId module, List<AssessmentPlan> assessments) {
    }

    /**
     * An assessment prepared for generation.
     *
     * @param assessment the assessment
     * @param integral   whether scores are whole numbers
     * @param expected   for a scenario, the index in the tier list of each vignette's expected tier
     */
    record AssessmentPlan(Assessment assessment, boolean integral, Map<VignetteId, Integer> expected) {

        static AssessmentPlan of(Assessment a, CompiledPolicy policy, List<TierId> tiers) {
            Map<VignetteId, Integer> expected = new LinkedHashMap<>();
            if (a.kind() == AssessmentKind.SCENARIO && policy != null) {
                for (Vignette v : a.vignettes()) {
                    expected.put(v.id(), tiers.indexOf(policy.decide(v.signals()).tier()));
                }
            }
            double max = a.effectiveMaxScore();
            boolean integral = max == Math.rint(max) && a.passScore() == Math.rint(a.passScore());
            return new AssessmentPlan(a, integral, expected);
        }

        boolean scenario() {
            return assessment.kind() == AssessmentKind.SCENARIO;
        }
    }

    List<TierId> tiers() {
        return tiers;
    }

    private record Timed(EvidenceRecord record, int learner, int index) {
        static final Comparator<Timed> ORDER = Comparator.comparing((Timed t) -> t.record().at())
                .thenComparingInt(Timed::learner).thenComparingInt(Timed::index);
    }

    private static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}

package dev.tandem.progress;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Band;
import dev.tandem.assessment.Measure;
import dev.tandem.assessment.VignetteId;
import dev.tandem.certification.Certification;
import dev.tandem.certification.LevelRequirement;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Rollup;
import dev.tandem.competency.CompetencyId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.CompiledPolicy;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A curriculum resolved to indices for evaluation. Immutable after construction; package-private.
 */
final class CompiledCurriculum {

    final Curriculum curriculum;

    // competencies, in document order
    final CompetencyId[] competencyIds;
    final List<List<String>> levels;
    final int[][] children;
    /** competency indices with every child before its parent. */
    final int[] rollUpOrder;
    private final Map<CompetencyId, Integer> competencyIndex = new HashMap<>();
    /** per competency: its attainment method (FORMAT 13.1). */
    final Attainment[] attainment;
    /** per competency: its roll-up rule (FORMAT 13.2). */
    final Rollup[] rollup;
    /** per competency: its children's ids, in the order of {@link #children}. */
    final List<List<CompetencyId>> childIds;
    /** true when a level can rise as time passes (an average) or a roll-up counts points: levels are then
     * evaluated at every instant an attempt expires, not only from each level's end. */
    final boolean profiled;
    /** true when a level can only rise with more evidence (every method is best or n-mastery). */
    final boolean evidenceMonotone;

    // assessments, in document order
    final Assessment[] assessments;
    final DayShift[] validFor;
    final int[] maxAttempts;
    final double[] passScore;
    final int[][] measured;
    /** without bands: the rank a pass awards per measure; with bands: unused. */
    final int[][] measureRank;
    /** with bands: per measure, the rank each band awards; null without bands. */
    final int[][][] bandRank;
    final double[][] bandMin;
    final int[] moduleOf;
    /** per assessment: max-score and pass-score, exact as written. */
    final BigDecimal[] maxExact;
    final BigDecimal[] passExact;
    /** with bands: each band's min times max-score, exact; null without bands. */
    final BigDecimal[][] bandScore;
    private final Map<AssessmentId, Integer> assessmentIndex = new HashMap<>();
    private final List<Map<VignetteId, Integer>> vignetteIndex = new ArrayList<>();
    private final List<int[]> expectedRank = new ArrayList<>();
    private final Policy policy;

    // modules, in document order
    final ModuleId[] moduleIds;
    final int[][] moduleAssessments;
    final int[][] requires;
    private final Map<ModuleId, Integer> moduleIndex = new HashMap<>();

    // certification
    final boolean hasCertification;
    final int[] certModules;
    final int[] certCompetencies;
    final int[] certRanks;
    final String[] certLevels;
    final BigDecimal practiceHours;
    /** the practice hours required, for {@link CountedHours}; null without a practice requirement. */
    final CountedHours.Required practiceRequired;
    final DayShift practiceWithin;
    /** renewal (FORMAT 13.3): the window, the continuing-education requirement and its topics. */
    final boolean hasRenewal;
    final Period renewalWindow;
    final BigDecimal educationHours;
    final DayShift educationWithin;
    final TopicId[] topics;
    final BigDecimal[] topicHours;
    /** the education hours required in total and per topic, for {@link CountedHours}. */
    final CountedHours.Required educationRequired;
    final CountedHours.Required[] topicRequired;
    private final Map<TopicId, Integer> topicIndex = new HashMap<>();

    // for the certification timeline (CertificationTimeline)
    /** per competency: its parent's index, or -1. */
    final int[] parentOf;
    /** the competencies the certification's level requirements depend on (each required one and its
     * descendants), children before parents. */
    final int[] certOrder;
    /** per competency: the assessments that measure it and, in the same order, the index of the measure. */
    final int[][] measuringAssessment;
    final int[][] measuringMeasure;
    /** per module: true when the certification requires it. */
    final boolean[] certModule;

    /** One shift per distinct period: assessments valid for the same period share what it remembers. */
    private final Map<Period, DayShift> shifts = new HashMap<>();

    private CompiledCurriculum(Curriculum c) {
        this.curriculum = c;
        List<Competency> comps = c.competencies();
        int nc = comps.size();
        competencyIds = new CompetencyId[nc];
        levels = new ArrayList<>(nc);
        for (int i = 0; i < nc; i++) {
            competencyIds[i] = comps.get(i).id();
            competencyIndex.put(competencyIds[i], i);
            levels.add(c.scaleOf(competencyIds[i]).levels());
        }
        children = new int[nc][];
        for (int i = 0; i < nc; i++) {
            children[i] = c.children(competencyIds[i]).stream().mapToInt(k -> competencyIndex.get(k.id())).toArray();
        }
        rollUpOrder = rollUpOrder(children);
        attainment = new Attainment[nc];
        rollup = new Rollup[nc];
        childIds = new ArrayList<>(nc);
        boolean anyProfiled = false;
        boolean monotone = true;
        for (int i = 0; i < nc; i++) {
            attainment[i] = c.attainmentOf(competencyIds[i]);
            rollup[i] = comps.get(i).effectiveRollup();
            childIds.add(c.children(competencyIds[i]).stream().map(Competency::id).toList());
            anyProfiled |= !attainment[i].monotoneInTime() || rollup[i] instanceof Rollup.Points;
            monotone &= attainment[i].method() == Attainment.Method.BEST
                    || attainment[i].method() == Attainment.Method.N_MASTERY;
        }
        profiled = anyProfiled;
        evidenceMonotone = monotone;

        List<TrainingModule> mods = c.modules();
        int nm = mods.size();
        moduleIds = new ModuleId[nm];
        for (int i = 0; i < nm; i++) {
            moduleIds[i] = mods.get(i).id();
            moduleIndex.put(moduleIds[i], i);
        }
        requires = new int[nm][];
        for (int i = 0; i < nm; i++) {
            requires[i] = mods.get(i).requires().stream().mapToInt(moduleIndex::get).toArray();
        }

        policy = c.escalation().orElse(null);
        CompiledPolicy decider = policy == null ? null : policy.compile();
        List<Assessment> as = c.assessments();
        int na = as.size();
        assessments = as.toArray(new Assessment[0]);
        validFor = new DayShift[na];
        maxAttempts = new int[na];
        passScore = new double[na];
        measured = new int[na][];
        measureRank = new int[na][];
        bandRank = new int[na][][];
        bandMin = new double[na][];
        moduleOf = new int[na];
        maxExact = new BigDecimal[na];
        passExact = new BigDecimal[na];
        bandScore = new BigDecimal[na][];
        for (int a = 0; a < na; a++) {
            Assessment x = assessments[a];
            maxExact[a] = BigDecimal.valueOf(x.effectiveMaxScore());
            passExact[a] = BigDecimal.valueOf(x.passScore());
            assessmentIndex.put(x.id(), a);
            validFor[a] = shift(x.validFor());
            maxAttempts[a] = x.maxAttempts() == null ? 0 : x.maxAttempts();
            passScore[a] = x.passScore();
            moduleOf[a] = x.module() == null ? -1 : moduleIndex.get(x.module());
            List<Measure> ms = x.measures();
            measured[a] = new int[ms.size()];
            measureRank[a] = new int[ms.size()];
            for (int m = 0; m < ms.size(); m++) {
                int comp = competencyIndex.get(ms.get(m).competency());
                measured[a][m] = comp;
                measureRank[a][m] = ms.get(m).level() == null ? -1 : levels.get(comp).indexOf(ms.get(m).level());
            }
            if (x.hasBands()) {
                List<Band> bands = x.bands();
                bandMin[a] = bands.stream().mapToDouble(Band::min).toArray();
                BigDecimal max = maxExact[a];
                bandScore[a] = bands.stream().map(b -> BigDecimal.valueOf(b.min()).multiply(max))
                        .toArray(BigDecimal[]::new);
                bandRank[a] = new int[ms.size()][bands.size()];
                for (int m = 0; m < ms.size(); m++) {
                    for (int b = 0; b < bands.size(); b++) {
                        bandRank[a][m][b] = levels.get(measured[a][m]).indexOf(bands.get(b).level());
                    }
                }
            }
            Map<VignetteId, Integer> vix = new HashMap<>();
            int[] expected = new int[x.vignettes().size()];
            for (int v = 0; v < expected.length; v++) {
                vix.put(x.vignettes().get(v).id(), v);
                expected[v] = policy.rank(decider.decide(x.vignettes().get(v).signals()).tier());
            }
            vignetteIndex.add(vix);
            expectedRank.add(expected);
        }
        moduleAssessments = new int[nm][];
        for (int m = 0; m < nm; m++) {
            moduleAssessments[m] = c.assessmentsOf(moduleIds[m]).stream().mapToInt(x -> assessmentIndex.get(x.id()))
                    .toArray();
        }

        Certification cert = c.certification().orElse(null);
        hasCertification = cert != null;
        if (cert == null) {
            certModules = new int[0];
            certCompetencies = new int[0];
            certRanks = new int[0];
            certLevels = new String[0];
            practiceHours = null;
            practiceWithin = null;
        } else {
            certModules = cert.modules().all() ? java.util.stream.IntStream.range(0, nm).toArray()
                    : java.util.stream.IntStream.range(0, nm).filter(m -> cert.modules().listed().contains(moduleIds[m]))
                            .toArray();
            List<LevelRequirement> reqs = cert.competencies();
            certCompetencies = new int[reqs.size()];
            certRanks = new int[reqs.size()];
            certLevels = new String[reqs.size()];
            for (int r = 0; r < reqs.size(); r++) {
                certCompetencies[r] = competencyIndex.get(reqs.get(r).competency());
                certLevels[r] = reqs.get(r).level();
                certRanks[r] = levels.get(certCompetencies[r]).indexOf(certLevels[r]);
            }
            practiceHours = cert.practice() == null ? null : BigDecimal.valueOf(cert.practice().hours());
            practiceWithin = cert.practice() == null ? null : shift(cert.practice().within());
        }
        parentOf = new int[nc];
        Arrays.fill(parentOf, -1);
        for (int p = 0; p < nc; p++) {
            for (int kid : children[p]) {
                parentOf[kid] = p;
            }
        }
        certOrder = certOrder(rollUpOrder, children, certCompetencies);
        measuringAssessment = new int[nc][];
        measuringMeasure = new int[nc][];
        for (int comp = 0; comp < nc; comp++) {
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < na; a++) {
                for (int m = 0; m < measured[a].length; m++) {
                    if (measured[a][m] == comp) {
                        pairs.add(new int[] {a, m});
                    }
                }
            }
            measuringAssessment[comp] = pairs.stream().mapToInt(pair -> pair[0]).toArray();
            measuringMeasure[comp] = pairs.stream().mapToInt(pair -> pair[1]).toArray();
        }
        certModule = new boolean[nm];
        for (int m : certModules) {
            certModule[m] = true;
        }
        hasRenewal = cert != null && cert.renewal() != null;
        renewalWindow = hasRenewal ? cert.renewal().window() : null;
        ContinuingEducation ce = cert == null ? null : cert.continuingEducation();
        educationHours = ce == null ? null : BigDecimal.valueOf(ce.hours());
        educationWithin = ce == null ? null : shift(ce.within());
        topics = ce == null ? new TopicId[0] : ce.topics().keySet().toArray(new TopicId[0]);
        topicHours = new BigDecimal[topics.length];
        for (int t = 0; t < topics.length; t++) {
            topicIndex.put(topics[t], t);
            topicHours[t] = BigDecimal.valueOf(ce.topics().get(topics[t]));
        }
        practiceRequired = CountedHours.Required.of(practiceHours);
        educationRequired = CountedHours.Required.of(educationHours);
        topicRequired = Arrays.stream(topicHours).map(CountedHours.Required::of).toArray(CountedHours.Required[]::new);
    }

    /** {@return false for a record that changes nothing: an education record without a renewal block} */
    boolean counts(EvidenceRecord record) {
        return hasRenewal || !(record instanceof EvidenceRecord.Education);
    }

    static CompiledCurriculum of(Curriculum curriculum) {
        return new CompiledCurriculum(curriculum);
    }

    /** {@return the required competencies and their descendants, in roll-up order} */
    private static int[] certOrder(int[] rollUpOrder, int[][] children, int[] required) {
        boolean[] needed = new boolean[children.length];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int c : required) {
            todo.add(c);
        }
        while (!todo.isEmpty()) {
            int c = todo.poll();
            if (!needed[c]) {
                needed[c] = true;
                for (int kid : children[c]) {
                    todo.add(kid);
                }
            }
        }
        return Arrays.stream(rollUpOrder).filter(c -> needed[c]).toArray();
    }

    private static int[] rollUpOrder(int[][] children) {
        int n = children.length;
        int[] order = new int[n];
        boolean[] placed = new boolean[n];
        int[] next = {0};
        for (int i = 0; i < n; i++) {
            place(i, children, placed, order, next);
        }
        return order;
    }

    private static void place(int i, int[][] children, boolean[] placed, int[] order, int[] next) {
        if (placed[i]) {
            return;
        }
        placed[i] = true;
        for (int child : children[i]) {
            place(child, children, placed, order, next);
        }
        order[next[0]++] = i;
    }

    /** {@return the shift by a period, shared with every other use of an equal period; null for none} */
    private DayShift shift(Period period) {
        return period == null ? null : shifts.computeIfAbsent(period, DayShift::of);
    }

    boolean isScenario(int assessment) {
        return assessments[assessment].kind() == AssessmentKind.SCENARIO;
    }

    /** Checks a record against the curriculum and appends it to the log (or columns) in compact form. */
    void append(RecordSink log, EvidenceRecord record) {
        Instant at = record.at();
        if (record instanceof EvidenceRecord.Attempt attempt) {
            Integer a = assessmentIndex.get(attempt.assessment());
            if (a == null) {
                throw new IllegalArgumentException("Unknown assessment: " + attempt.assessment());
            }
            if (isScenario(a)) {
                int[] graded = grade(a, attempt.responses());
                log.add(RecordLog.ATTEMPT, a, graded[1] != 0, at.getEpochSecond(), at.getNano(), graded[0]);
            } else {
                Double score = attempt.score();
                double max = assessments[a].effectiveMaxScore();
                if (score == null || !(score >= 0 && score <= max)) {
                    throw new IllegalArgumentException("Invalid score for assessment " + attempt.assessment()
                            + " (valid values 0 - " + max + "): " + score);
                }
                log.add(RecordLog.ATTEMPT, a, false, at.getEpochSecond(), at.getNano(), score);
            }
        } else if (record instanceof EvidenceRecord.Completion completion) {
            Integer m = moduleIndex.get(completion.module());
            if (m == null) {
                throw new IllegalArgumentException("Unknown module: " + completion.module());
            }
            log.add(RecordLog.COMPLETION, m, false, at.getEpochSecond(), at.getNano(), 0);
        } else if (record instanceof EvidenceRecord.Practice practice) {
            log.add(RecordLog.PRACTICE, 0, false, at.getEpochSecond(), at.getNano(), practice.hours());
        } else if (hasRenewal) {
            EvidenceRecord.Education education = (EvidenceRecord.Education) record;
            // topics the requirement does not list count toward the total only: index 0
            Integer topic = education.topic() == null ? null : topicIndex.get(education.topic());
            log.add(RecordLog.EDUCATION, topic == null ? 0 : topic + 1, false, at.getEpochSecond(), at.getNano(),
                    education.hours());
        }
    }

    /** {@return the score and whether the attempt under-escalates (1) or not (0)} */
    private int[] grade(int a, Map<VignetteId, TierId> responses) {
        Map<VignetteId, Integer> vix = vignetteIndex.get(a);
        int[] expected = expectedRank.get(a);
        int[] given = new int[expected.length];
        Arrays.fill(given, -1);
        responses.forEach((vignette, tier) -> {
            Integer v = vix.get(vignette);
            if (v == null) {
                throw new IllegalArgumentException("Unknown vignette of assessment " + assessments[a].id() + ": "
                        + vignette);
            }
            int rank = policy.rank(tier);
            if (rank < 0) {
                throw new IllegalArgumentException("Unknown escalation tier in a response to vignette " + vignette
                        + ": " + tier);
            }
            given[v] = rank;
        });
        int score = 0;
        boolean under = false;
        for (int v = 0; v < expected.length; v++) {
            if (given[v] == expected[v]) {
                score++;
            }
            if (given[v] < 0 ? expected[v] > 0 : given[v] < expected[v]) {
                under = true;
            }
        }
        return new int[] {score, under ? 1 : 0};
    }

    /**
     * {@return the rank an attempt awards to the m-th measured competency, or -1 for nothing}
     */
    int award(int a, int m, double score, boolean passed, boolean underEscalated) {
        if (bandMin[a] == null) {
            return passed ? measureRank[a][m] : -1;
        }
        if (underEscalated) {
            return -1;
        }
        double fraction = score / assessments[a].effectiveMaxScore();
        double[] mins = bandMin[a];
        for (int b = mins.length - 1; b >= 0; b--) {
            if (mins[b] <= fraction) {
                return bandRank[a][m][b];
            }
        }
        return -1;
    }

    /**
     * {@return the rank attempt i of the log awards on its own to its assessment's m-th measured competency:
     * compared in doubles ({@code best}, {@code latest}) or exactly (the other methods)}
     */
    int award(RecordLog log, int i, int m, boolean passed, boolean exact) {
        int a = log.index(i);
        return exact ? awardExact(a, m, BigDecimal.valueOf(log.value(i)), passed, log.underEscalated(i))
                : award(a, m, log.value(i), passed, log.underEscalated(i));
    }

    /**
     * {@return the highest rank attempt i of the log awards on its own to competency c, over the measures of
     * its assessment that measure c; -1 for nothing}
     */
    int awardTo(RecordLog log, int i, int c, boolean passed, boolean exact) {
        int a = log.index(i);
        int rank = -1;
        for (int m = 0; m < measured[a].length; m++) {
            if (measured[a][m] == c) {
                rank = Math.max(rank, award(log, i, m, passed, exact));
            }
        }
        return rank;
    }

    /**
     * {@return the rank an attempt awards to the m-th measured competency, compared exactly (FORMAT 13.1's
     * readings): with bands the band with the greatest {@code min} not above {@code score / max-score}}
     */
    int awardExact(int a, int m, BigDecimal score, boolean passed, boolean underEscalated) {
        if (bandScore[a] == null) {
            return passed ? measureRank[a][m] : -1;
        }
        return underEscalated ? -1 : bandAward(a, m, score, BigDecimal.ONE);
    }

    /**
     * {@return the rank a result of {@code sum / count} in score units awards to the m-th measured competency
     * (FORMAT 13.1: as one attempt would), compared exactly without dividing}
     */
    int awardResult(int a, int m, BigDecimal sum, BigDecimal count) {
        if (bandScore[a] == null) {
            return sum.compareTo(passExact[a].multiply(count)) >= 0 ? measureRank[a][m] : -1;
        }
        return bandAward(a, m, sum, count);
    }

    private int bandAward(int a, int m, BigDecimal sum, BigDecimal count) {
        BigDecimal[] mins = bandScore[a];
        for (int b = mins.length - 1; b >= 0; b--) {
            if (mins[b].multiply(count).compareTo(sum) <= 0) {
                return bandRank[a][m][b];
            }
        }
        return -1;
    }

    /** {@return the sweep of a learner's certification up to asOf, or null without a certification} */
    CertificationTimeline timeline(RecordLog log, Instant asOf) {
        return hasCertification ? CertificationTimeline.sweep(this, log, asOf) : null;
    }

    LearnerProgress evaluate(LearnerId learner, RecordLog log, Instant asOf) {
        return new LearnerEvaluation(this, log, asOf).result(learner);
    }
}

package dev.tandem.io.generate;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.generate.EvidenceGenerator.AssessmentPlan;
import dev.tandem.io.generate.EvidenceGenerator.ModuleStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import dev.tandem.certification.TopicId;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One learner's synthetic path through a curriculum: exactly the requested number of records, in time order.
 * Not thread-safe; used once.
 */
final class LearnerJourney {

    private static final long MINUTES_PER_DAY = 24 * 60;
    private static final long FIRST_START_DAYS = 365;
    private static final int WORKDAY_START_MINUTE = 8 * 60;
    private static final int WORKDAY_SLOTS = 40; // quarter hours from 08:00 to 17:45
    private static final int ASSESSORS = 40;
    private static final double EXTRA_ATTEMPT_AFTER_LIMIT = 0.2;
    private static final double GIVE_UP_WITHOUT_LIMIT = 0.15;
    private static final int MAX_FAILS_WITHOUT_LIMIT = 4;

    private final EvidenceGenerator generator;
    private final LearnerId learner;
    private final SplittableRandom random;
    private final int wanted;
    private final double ability;
    private final List<EvidenceRecord> records;
    private final String supervisor;
    private long minute;
    private double practiced;

    LearnerJourney(EvidenceGenerator generator, String learner, SplittableRandom random, GeneratorSettings settings) {
        this.generator = generator;
        this.learner = LearnerId.of(learner);
        this.random = random;
        this.wanted = settings.recordsPerLearner();
        this.records = new ArrayList<>(wanted);
        // a triangular distribution: most learners are average, a few very strong or weak
        this.ability = (random.nextDouble() + random.nextDouble()) / 2;
        this.supervisor = person();
        long startDay = Math.floorDiv(settings.start().getEpochSecond(), 60 * MINUTES_PER_DAY)
                + random.nextLong(FIRST_START_DAYS);
        this.minute = Math.max(settings.start().getEpochSecond() / 60,
                startDay * MINUTES_PER_DAY + WORKDAY_START_MINUTE + 15L * random.nextInt(WORKDAY_SLOTS));
    }

    /** {@return the learner's records, in time order} */
    List<EvidenceRecord> records() {
        for (ModuleStep step : generator.steps()) {
            if (full()) {
                break;
            }
            if (step.assessments().isEmpty()) {
                advance(1, 14);
                add(new EvidenceRecord.Completion(learner, step.module(), now(), null));
            }
            for (AssessmentPlan plan : step.assessments()) {
                takeUntilPassed(plan);
            }
            if (generator.practiceHours() > 0 && random.nextDouble() < 0.6) {
                practise();
            }
        }
        for (AssessmentPlan plan : generator.unattached()) {
            if (practiced < generator.practiceHours()) {
                practiseUntilDone();
            }
            takeUntilPassed(plan);
        }
        practiseUntilDone();
        while (!full()) {
            keepGoing();
        }
        return records;
    }

    private void keepGoing() {
        if (generator.educationTopics() != null && random.nextDouble() < 0.35) {
            educate();
            return;
        }
        boolean practice = generator.practiceHours() > 0 && random.nextDouble() < 0.5;
        if (practice || generator.assessments().isEmpty()) {
            practise();
        } else {
            List<AssessmentPlan> all = generator.assessments();
            advance(20, 120);
            attempt(all.get(random.nextInt(all.size())), 0);
        }
    }

    private void practiseUntilDone() {
        while (practiced < generator.practiceHours() && !full()) {
            practise();
        }
    }

    private void takeUntilPassed(AssessmentPlan plan) {
        Integer limit = plan.assessment().maxAttempts();
        int fails = 0;
        advance(1, 10);
        while (!full()) {
            if (attempt(plan, fails)) {
                return;
            }
            fails++;
            boolean stop = limit == null
                    ? fails >= MAX_FAILS_WITHOUT_LIMIT || random.nextDouble() < GIVE_UP_WITHOUT_LIMIT
                    : fails >= limit;
            if (stop) {
                if (limit != null && random.nextDouble() < EXTRA_ATTEMPT_AFTER_LIMIT && !full()) {
                    advance(3, 21);
                    attempt(plan, fails); // ignored by evaluation: it follows max-attempts failures
                }
                return;
            }
            advance(3, 21);
        }
    }

    /** Adds one attempt and returns whether it passes. */
    private boolean attempt(AssessmentPlan plan, int previousFails) {
        if (plan.scenario()) {
            return scenarioAttempt(plan, previousFails);
        }
        Assessment a = plan.assessment();
        double chance = Math.min(0.97, 0.35 + 0.55 * ability + 0.12 * previousFails);
        boolean pass = random.nextDouble() < chance || a.passScore() <= 0;
        double score = pass ? between(a.passScore(), a.effectiveMaxScore(), plan.integral())
                : below(a.passScore(), plan.integral());
        add(new EvidenceRecord.Attempt(learner, a.id(), score, Map.of(), now(), assessor(a.kind())));
        return score >= a.passScore();
    }

    private boolean scenarioAttempt(AssessmentPlan plan, int previousFails) {
        Assessment a = plan.assessment();
        List<TierId> tiers = generator.tiers();
        double accuracy = Math.min(0.97, 0.6 + 0.3 * ability + 0.08 * previousFails);
        Map<VignetteId, TierId> responses = new LinkedHashMap<>();
        int matches = 0;
        boolean failed = false;
        for (Map.Entry<VignetteId, Integer> e : plan.expected().entrySet()) {
            int expected = e.getValue();
            double r = random.nextDouble();
            int given;
            if (r < accuracy) {
                given = expected;
            } else if (r < accuracy + (1 - accuracy) * 0.45) {
                given = expected > 0 ? expected - 1 : expected + 1; // under-escalation
            } else if (r < accuracy + (1 - accuracy) * 0.9) {
                given = expected < tiers.size() - 1 ? expected + 1 : expected - 1; // over-escalation
            } else {
                given = -1; // no answer
            }
            if (given >= 0 && given < tiers.size()) {
                responses.put(e.getKey(), tiers.get(given));
                matches += given == expected ? 1 : 0;
                failed |= given < expected;
            } else {
                failed |= expected > 0;
            }
        }
        add(new EvidenceRecord.Attempt(learner, a.id(), null, responses, now(), null));
        return !failed && matches >= a.passScore();
    }

    private void practise() {
        advance(2, 12);
        double hours = 1 + 0.5 * random.nextInt(12);
        practiced += hours;
        add(new EvidenceRecord.Practice(learner, hours, now(), supervisor));
    }

    /** Adds a continuing-education session: half the time in one of the requirement's topics, if any. */
    private void educate() {
        advance(14, 75);
        double hours = 1 + 0.5 * random.nextInt(8);
        List<TopicId> topics = generator.educationTopics();
        TopicId topic = !topics.isEmpty() && random.nextBoolean() ? topics.get(random.nextInt(topics.size())) : null;
        add(new EvidenceRecord.Education(learner, hours, topic, now(), null));
    }

    private double between(double low, double high, boolean integral) {
        if (integral) {
            long lo = (long) Math.ceil(low);
            long hi = (long) Math.floor(high);
            return hi <= lo ? lo : lo + random.nextLong(hi - lo + 1);
        }
        return Math.min(high, Math.max(low, round2(low + random.nextDouble() * (high - low))));
    }

    private double below(double pass, boolean integral) {
        if (integral) {
            long hi = (long) Math.ceil(pass) - 1;
            // most failures are near misses
            long lo = Math.max(0, hi - Math.max(1, (long) (pass * 0.4)));
            return hi <= lo ? Math.max(0, hi) : lo + random.nextLong(hi - lo + 1);
        }
        double score = round2(pass * (0.6 + 0.4 * random.nextDouble()));
        return score >= pass ? Math.max(0, pass - 0.01) : score;
    }

    private static double round2(double value) {
        return Math.floor(value * 100) / 100;
    }

    private String assessor(AssessmentKind kind) {
        return switch (kind) {
            case QUIZ, SCENARIO, REFLECTION -> null;
            default -> person();
        };
    }

    private String person() {
        int n = 1 + random.nextInt(ASSESSORS);
        return n < 10 ? "S-0" + n : "S-" + n;
    }

    private void advance(int minDays, int maxDays) {
        long day = Math.floorDiv(minute, MINUTES_PER_DAY) + minDays + random.nextInt(maxDays - minDays + 1);
        minute = day * MINUTES_PER_DAY + WORKDAY_START_MINUTE + 15L * random.nextInt(WORKDAY_SLOTS);
    }

    private Instant now() {
        return Instant.ofEpochSecond(minute * 60);
    }

    private boolean full() {
        return records.size() >= wanted;
    }

    private void add(EvidenceRecord record) {
        if (!full()) {
            records.add(record);
        }
    }
}

package dev.tandem.io.evidence;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.assessment.VignetteId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.Tier;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.internal.ArrayMap;
import dev.tandem.internal.Texts;
import dev.tandem.internal.Suggestions;
import dev.tandem.io.internal.Instants;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks raw records against a curriculum and turns good ones into {@link EvidenceRecord}s. Thread-safe
 * (holds only immutable lookups).
 */
final class RecordChecker {

    private static final int MAX_ECHO = 64;
    private static final List<String> KINDS = List.of("attempt", "completion", "practice", "education");
    private static final Map<String, Set<String>> USED = Map.of(
            "attempt", Set.of("learner", "kind", "assessment", "score", "responses", "at", "by"),
            "completion", Set.of("learner", "kind", "module", "at", "by"),
            "practice", Set.of("learner", "kind", "hours", "at", "by"),
            "education", Set.of("learner", "kind", "hours", "topic", "at", "by"));
    /** The kinds by their index in {@link #KINDS}. */
    private static final int ATTEMPT = 0;
    private static final int COMPLETION = 1;
    private static final int PRACTICE = 2;
    private static final int EDUCATION = 3;
    /**
     * {@link #USED} as bit masks of field indices ({@link RawRecord#mask}), by kind index: the check of every record
     * reads a mask, not a set.
     */
    private static final int[] USED_MASK = KINDS.stream().mapToInt(k -> RawRecord.mask(USED.get(k))).toArray();

    private final List<String> assessmentIds;
    private final List<String> moduleIds;
    private final List<String> tierIds;
    /** Lookups by the raw id text, so that an id of the curriculum is found without checking its syntax again. */
    private final Map<String, Assessment> assessments = new HashMap<>();
    private final Map<String, ModuleId> modules = new HashMap<>();
    private final Map<String, TierId> tiers = new HashMap<>();
    private final Map<AssessmentId, Map<String, VignetteId>> vignettes = new HashMap<>();
    private final Map<AssessmentId, List<String>> vignetteIds = new HashMap<>();
    /** The kinds and the assessment, module and tier ids, for the reading of their text without a new string. */
    private final KnownIds ids;

    RecordChecker(Curriculum curriculum) {
        this.assessmentIds = curriculum.assessments().stream().map(a -> a.id().value()).toList();
        this.moduleIds = curriculum.modules().stream().map(m -> m.id().value()).toList();
        this.tierIds = curriculum.escalation().map(p -> p.tiers().stream().map(Tier::id).map(TierId::value)
                .toList()).orElse(List.of());
        for (Assessment assessment : curriculum.assessments()) {
            assessments.put(assessment.id().value(), assessment);
            Map<String, VignetteId> byText = new HashMap<>();
            assessment.vignettes().forEach(v -> byText.put(v.id().value(), v.id()));
            vignettes.put(assessment.id(), byText);
            vignetteIds.put(assessment.id(), assessment.vignettes().stream().map(Vignette::id)
                    .map(VignetteId::value).toList());
        }
        for (TrainingModule module : curriculum.modules()) {
            modules.put(module.id().value(), module.id());
        }
        curriculum.escalation().ifPresent(p -> p.tiers().forEach(t -> tiers.put(t.id().value(), t.id())));
        List<String> known = new java.util.ArrayList<>(KINDS);
        known.addAll(assessments.keySet());
        known.addAll(modules.keySet());
        known.addAll(tiers.keySet());
        this.ids = new KnownIds(known);
    }

    /** {@return the kinds and the curriculum's assessment, module and tier ids, as the reading should find them} */
    KnownIds ids() {
        return ids;
    }

    /** {@return the record, or null when it has problems (which are added to the raw record)} */
    EvidenceRecord check(RawRecord raw, Learners learners) {
        LearnerId learner = learner(raw, learners);
        int kind = kind(raw);
        Instant at = at(raw);
        String by = by(raw, learners);
        EvidenceRecord record = null;
        if (kind >= 0) {
            reportUnusedFields(raw, kind);
            record = switch (kind) {
                case ATTEMPT -> attempt(raw, learner, at, by);
                case COMPLETION -> completion(raw, learner, at, by);
                case EDUCATION -> EducationRecords.check(raw, learner, at, by);
                default -> practice(raw, learner, at, by);
            };
        }
        return raw.problems.isEmpty() ? record : null;
    }

    private static LearnerId learner(RawRecord raw, Learners learners) {
        String value = required(raw, RawRecord.LEARNER);
        if (value == null) {
            return null;
        }
        LearnerId known = learners.get(value);
        if (known != null) {
            return known;
        }
        if (!LearnerId.isValid(value)) {
            raw.problem(RawRecord.LEARNER, "a learner id has 1 to " + LearnerId.MAX_LENGTH
                    + " characters, is not blank and has no control characters");
            return null;
        }
        return learners.add(LearnerId.of(value));
    }

    /** {@return the kind's index in {@link #KINDS}, or -1 when it is missing or unknown (a problem is added)} */
    private static int kind(RawRecord raw) {
        String value = required(raw, RawRecord.KIND);
        if (value == null) {
            return -1;
        }
        int index = KINDS.indexOf(value);
        if (index < 0) {
            raw.problem(RawRecord.KIND, "unknown kind " + quote(value) + didYouMean(value, KINDS)
                    + " (kinds: attempt, completion, practice, education)");
        }
        return index;
    }

    private static Instant at(RawRecord raw) {
        Instant at;
        if (raw.get(RawRecord.AT) instanceof Instant read) {
            at = read; // the JSON reader took the usual form from its characters
        } else {
            String value = required(raw, RawRecord.AT);
            if (value == null) {
                return null;
            }
            at = Instants.parse(value);
        }
        if (at == null) {
            raw.problem(RawRecord.AT,
                    "not an ISO-8601 instant with offset (2026-03-02T14:00:00Z) or a date (2026-03-02)");
        } else if (at.isBefore(EvidenceReader.EARLIEST) || !at.isBefore(EvidenceReader.END)) {
            raw.problem(RawRecord.AT, "the instant is outside the years 1900 to 2199 that evidence may name (a typing "
                    + "error in the year?)");
            return null;
        }
        return at;
    }

    private static String by(RawRecord raw, Learners learners) {
        String value = raw.text(RawRecord.BY);
        if (value == null) {
            return null;
        }
        LearnerId known = learners.get(value);
        if (known != null) {
            return known.value();
        }
        if (!LearnerId.isValid(value)) {
            raw.problem(RawRecord.BY, "'by' has 1 to " + LearnerId.MAX_LENGTH
                    + " characters, is not blank and has no control characters");
            return null;
        }
        learners.add(LearnerId.of(value));
        return value;
    }

    private static void reportUnusedFields(RawRecord raw, int kind) {
        if ((raw.givenMask() & ~USED_MASK[kind]) == 0) {
            return;
        }
        String name = KINDS.get(kind);
        Set<String> used = USED.get(name);
        for (int i = 0; i < raw.givenCount(); i++) {
            String field = raw.givenField(i);
            if (!used.contains(field)) {
                raw.problem(field, "'" + name + "' records do not use this field (they use "
                        + RawRecord.FIELDS.stream().filter(used::contains).reduce((a, b) -> a + ", " + b).orElse("")
                        + ")");
            }
        }
    }

    private EvidenceRecord attempt(RawRecord raw, LearnerId learner, Instant at, String by) {
        Assessment assessment = assessment(raw);
        if (assessment == null) {
            return null;
        }
        Double score = null;
        Map<VignetteId, TierId> responses = Map.of();
        if (assessment.kind() == AssessmentKind.SCENARIO) {
            if (raw.has(RawRecord.SCORE)) {
                raw.problem(RawRecord.SCORE,
                        "a scenario attempt is scored from its responses: give 'responses', not 'score'");
            }
            responses = responses(raw, assessment);
        } else {
            if (raw.has(RawRecord.RESPONSES)) {
                raw.problem(RawRecord.RESPONSES, "only attempts at scenario assessments have responses; "
                        + quote(assessment.id().value()) + " is a " + assessment.kind().id());
            }
            score = score(raw, assessment);
        }
        if (learner == null || at == null || !raw.problems.isEmpty()) {
            return null;
        }
        return new EvidenceRecord.Attempt(learner, assessment.id(), score, responses, at, by);
    }

    private Assessment assessment(RawRecord raw) {
        String value = required(raw, RawRecord.ASSESSMENT);
        if (value == null) {
            return null;
        }
        Assessment assessment = assessments.get(value);
        if (assessment == null) {
            raw.problem(RawRecord.ASSESSMENT, "unknown assessment " + quote(value) + didYouMean(value, assessmentIds));
        }
        return assessment;
    }

    private static Double score(RawRecord raw, Assessment assessment) {
        if (!raw.has(RawRecord.SCORE)) {
            if (!hasProblem(raw, RawRecord.SCORE)) {
                raw.problem(RawRecord.SCORE, "missing field: an attempt at " + quote(assessment.id().value())
                        + " needs a score");
            }
            return null;
        }
        Double score = (Double) raw.get(RawRecord.SCORE); // returned as it is: no second box
        double max = assessment.effectiveMaxScore();
        if (!(score >= 0 && score <= max)) {
            raw.problem(RawRecord.SCORE, "the score is outside [0, " + number(max) + "], the range of "
                    + quote(assessment.id().value()));
            return null;
        }
        return score;
    }

    private Map<VignetteId, TierId> responses(RawRecord raw, Assessment assessment) {
        Object value = raw.get(RawRecord.RESPONSES);
        if (value == null) {
            if (!hasProblem(raw, RawRecord.RESPONSES)) {
                raw.problem(RawRecord.RESPONSES, "missing field: an attempt at the scenario "
                        + quote(assessment.id().value()) + " needs responses (vignette: tier)");
            }
            return Map.of();
        }
        Map<String, VignetteId> known = vignettes.get(assessment.id());
        int count = raw.responseCount();
        VignetteId[] answered = new VignetteId[count];
        TierId[] chosen = new TierId[count];
        int good = 0;
        for (int i = 0; i < count; i++) {
            String vignette = raw.responseVignette(i);
            String tier = raw.responseTier(i);
            VignetteId vignetteId = known.get(vignette);
            TierId tierId = tiers.get(tier);
            if (vignetteId == null) {
                raw.problem(RawRecord.RESPONSES, "unknown vignette " + quote(vignette)
                        + didYouMean(vignette, vignetteIds.get(assessment.id()))
                        + " in " + quote(assessment.id().value()));
            } else if (tierId == null) {
                raw.problem(RawRecord.RESPONSES, "the response to " + quote(vignette)
                        + " is not a tier of the escalation policy: " + quote(tier) + didYouMean(tier, tierIds)
                        + " (tiers: " + String.join(", ", tierIds) + ")");
            } else {
                answered[good] = vignetteId;
                chosen[good++] = tierId;
            }
        }
        // the vignettes are distinct (a second response to one is a problem of the reading); in the file's order
        return ArrayMap.of(answered, chosen, good);
    }

    private EvidenceRecord completion(RawRecord raw, LearnerId learner, Instant at, String by) {
        String value = required(raw, RawRecord.MODULE);
        ModuleId module = null;
        if (value != null) {
            module = modules.get(value);
            if (module == null) {
                raw.problem(RawRecord.MODULE, "unknown module " + quote(value) + didYouMean(value, moduleIds));
            }
        }
        if (learner == null || at == null || module == null || !raw.problems.isEmpty()) {
            return null;
        }
        return new EvidenceRecord.Completion(learner, module, at, by);
    }

    private static EvidenceRecord practice(RawRecord raw, LearnerId learner, Instant at, String by) {
        Double hours = null;
        if (!raw.has(RawRecord.HOURS)) {
            if (!hasProblem(raw, RawRecord.HOURS)) {
                raw.problem(RawRecord.HOURS, "missing field: a practice record needs hours");
            }
        } else {
            hours = (Double) raw.get(RawRecord.HOURS);
            if (hours.isNaN() || hours.isInfinite()) {
                raw.problem(RawRecord.HOURS, "hours must be a finite number");
            } else if (hours < 0) {
                raw.problem(RawRecord.HOURS, "hours must not be negative");
            } else if (hours > EvidenceReader.MAX_HOURS) {
                raw.problem(RawRecord.HOURS, "one practice record may give at most " + EvidenceReader.MAX_HOURS
                        + " hours");
            }
        }
        if (learner == null || at == null || hours == null || !raw.problems.isEmpty()) {
            return null;
        }
        return new EvidenceRecord.Practice(learner, hours, at, by);
    }

    /** {@return the text of a field every record of its kind has, or null when it has none (a problem is added)} */
    private static String required(RawRecord raw, int field) {
        Object value = raw.get(field);
        if (value == null) {
            if (!hasProblem(raw, field)) {
                raw.problem(field, field == RawRecord.LEARNER ? "missing learner" : "missing field");
            }
            return null;
        }
        String text = (String) value;
        if (text.isBlank()) {
            raw.problem(field, "the field is empty");
            return null;
        }
        return text;
    }

    /** {@return true when a problem with the field (by its index in {@link RawRecord#FIELDS}) was found already} */
    static boolean hasProblem(RawRecord raw, int field) {
        String name = RawRecord.FIELDS.get(field);
        return raw.problems.stream().anyMatch(p -> name.equals(p.field()));
    }

    private static String didYouMean(String value, List<String> candidates) {
        return Suggestions.closest(value, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * {@return a value as a message may show it: in single quotes, cut to a short length, control characters and
     * apostrophes escaped (so that a quoted value always ends at the next apostrophe, and
     * {@link EvidenceProblem#withoutValues()} can hide it)}
     */
    static String quote(String value) {
        return "'" + dev.tandem.internal.Excerpt.of(value, MAX_ECHO).replace("'", "\\u0027") + "'";
    }

    private static String number(double d) {
        return Texts.number(d);
    }

    /**
     * The learner ids already checked while reading one file, so that each distinct id is checked (and its
     * {@link LearnerId} made) once; records of one learner then share one {@code LearnerId}. Bounded: it is
     * emptied when full. Not thread-safe: one per thread that checks the records of a file.
     */
    static final class Learners {

        /** Room for the learners of a large cohort (about 10 MB when full); a larger one only checks ids again. */
        private static final int CAPACITY = 1 << 17;
        /** Grows with the learners met, so that reading a small file costs a small table. */
        private final Map<String, LearnerId> known = new HashMap<>();

        LearnerId get(String value) {
            return known.get(value);
        }

        LearnerId add(LearnerId learner) {
            if (known.size() >= CAPACITY) {
                known.clear();
            }
            known.put(learner.value(), learner);
            return learner;
        }
    }
}

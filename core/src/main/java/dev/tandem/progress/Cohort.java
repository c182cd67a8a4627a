package dev.tandem.progress;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A cohort's evidence grouped by learner in compact form, ready to evaluate learner by learner.
 *
 * <p>Records are kept as primitive columns per learner (assessment or module as an index, the instant as
 * seconds and nanoseconds, the score or hours as a double, a scenario attempt already graded), so memory
 * grows with the number of learners and records, never with parsed documents. Learners are in ascending id
 * order; each learner's records keep their input order. Immutable and thread-safe once built.
 */
public final class Cohort {

    private final Evaluator evaluator;
    private final LearnerId[] learners;
    private final RecordLog[] logs;
    private final long recordCount;

    private Cohort(Evaluator evaluator, LearnerId[] learners, RecordLog[] logs, long recordCount) {
        this.evaluator = evaluator;
        this.learners = learners;
        this.logs = logs;
        this.recordCount = recordCount;
    }

    /** {@return the evaluator this cohort was grouped for} */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** {@return the learners, in ascending id order} */
    public List<LearnerId> learners() {
        return List.of(learners);
    }

    /** {@return how many learners the cohort has} */
    public int size() {
        return learners.length;
    }

    /** {@return how many records the cohort holds (all of them, whatever their instant)} */
    public long recordCount() {
        return recordCount;
    }

    /**
     * {@return true when the cohort has that learner}
     *
     * @param learner a learner
     */
    public boolean contains(LearnerId learner) {
        return indexOf(learner) >= 0;
    }

    private int indexOf(LearnerId learner) {
        return Arrays.binarySearch(learners, Objects.requireNonNull(learner, "learner"));
    }

    /**
     * Evaluates one learner of the cohort.
     *
     * @param learner a learner of the cohort
     * @param asOf    the evaluation instant
     * @return the learner's progress
     * @throws IllegalArgumentException when the cohort has no such learner
     */
    public LearnerProgress evaluate(LearnerId learner, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int i = indexOf(learner);
        if (i < 0) {
            throw new IllegalArgumentException("Learner '" + learner + "' is not in the cohort");
        }
        return evaluator.compiled().evaluate(learners[i], logs[i], asOf);
    }

    /**
     * Finds the instant of a learner's earliest record (of the records the evaluator counts), whatever the
     * evaluation instant.
     *
     * @param learner a learner of the cohort
     * @return the earliest record's instant, or empty when the learner has no record (named with
     *         {@link Builder#include})
     * @throws IllegalArgumentException when the cohort has no such learner
     */
    public Optional<Instant> firstRecord(LearnerId learner) {
        int i = indexOf(learner);
        if (i < 0) {
            throw new IllegalArgumentException("Learner '" + learner + "' is not in the cohort");
        }
        RecordLog log = logs[i];
        if (log.size() == 0) {
            return Optional.empty();
        }
        int first = 0;
        for (int r = 1; r < log.size(); r++) {
            if (log.compareTime(r, first) < 0) {
                first = r;
            }
        }
        return Optional.of(Instant.ofEpochSecond(log.seconds(first), log.nanos(first)));
    }

    /**
     * Finds when a learner of the cohort reached the certification they hold at an instant: the start of
     * their current certified stretch, as {@link Evaluator#certifiedSince} defines it.
     *
     * @param learner a learner of the cohort
     * @param asOf    the evaluation instant
     * @return the start of the certified stretch, or empty when the learner is not certified at {@code asOf}
     * @throws IllegalArgumentException when the cohort has no such learner
     */
    public Optional<Instant> certifiedSince(LearnerId learner, Instant asOf) {
        CertificationTimeline timeline = timeline(learner, asOf);
        return Optional.ofNullable(timeline == null ? null : timeline.since());
    }

    /**
     * Finds when a learner of the cohort was first certified, as {@link Evaluator#firstCertified} defines it.
     *
     * @param learner a learner of the cohort
     * @param asOf    the evaluation instant
     * @return the first instant of certification, or empty when the learner was never certified up to
     *         {@code asOf}
     * @throws IllegalArgumentException when the cohort has no such learner
     */
    public Optional<Instant> firstCertified(LearnerId learner, Instant asOf) {
        CertificationTimeline timeline = timeline(learner, asOf);
        return Optional.ofNullable(timeline == null ? null : timeline.first());
    }

    private CertificationTimeline timeline(LearnerId learner, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int i = indexOf(learner);
        if (i < 0) {
            throw new IllegalArgumentException("Learner '" + learner + "' is not in the cohort");
        }
        return evaluator.compiled().timeline(logs[i], asOf);
    }

    /**
     * Evaluates every learner, lazily, in ascending learner id order. The stream may be made parallel; its
     * encounter order stays the learner order.
     *
     * @param asOf the evaluation instant
     * @return one progress per learner
     */
    public Stream<LearnerProgress> evaluate(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return StreamSupport.stream(new Evaluations(evaluator.compiled(), asOf, 0, learners.length), false);
    }

    /**
     * The evaluations of the learners from one index to another, one at a time: the source of {@link
     * #evaluate(Instant)}'s stream, so that a stream iterated sequentially evaluates each learner with no
     * machinery between, and one made parallel splits the range.
     */
    private final class Evaluations implements Spliterator<LearnerProgress> {
        private final CompiledCurriculum compiled;
        private final Instant asOf;
        private int next;
        private final int end;

        Evaluations(CompiledCurriculum compiled, Instant asOf, int from, int to) {
            this.compiled = compiled;
            this.asOf = asOf;
            this.next = from;
            this.end = to;
        }

        @Override
        public boolean tryAdvance(Consumer<? super LearnerProgress> action) {
            Objects.requireNonNull(action, "action");
            if (next >= end) {
                return false;
            }
            int i = next++;
            action.accept(compiled.evaluate(learners[i], logs[i], asOf));
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super LearnerProgress> action) {
            Objects.requireNonNull(action, "action");
            int to = end;
            for (int i = next; i < to; i++) {
                next = i + 1;
                action.accept(compiled.evaluate(learners[i], logs[i], asOf));
            }
        }

        @Override
        public Spliterator<LearnerProgress> trySplit() {
            int from = next;
            int middle = (from + end) >>> 1;
            if (middle <= from) {
                return null;
            }
            next = middle;
            return new Evaluations(compiled, asOf, from, middle);
        }

        @Override
        public long estimateSize() {
            return end - next;
        }

        @Override
        public int characteristics() {
            return ORDERED | SIZED | SUBSIZED | NONNULL | IMMUTABLE;
        }
    }

    @Override
    public String toString() {
        return "Cohort[" + learners.length + " learners, " + recordCount + " records]";
    }

    /**
     * Groups records by learner, in input order. Not thread-safe; builds one cohort, after which it can no
     * longer be used (its storage moves into the cohort).
     */
    public static final class Builder {
        private final Evaluator evaluator;
        /** Each learner's index, in order of first appearance; null once built. */
        private Map<LearnerId, Integer> index = new HashMap<>();
        private final RecordColumns columns = new RecordColumns();
        private long recordCount;

        Builder(Evaluator evaluator) {
            this.evaluator = evaluator;
        }

        /**
         * Adds a record.
         *
         * @param record the record
         * @return this builder
         * @throws IllegalArgumentException when the record does not fit the curriculum
         * @throws IllegalStateException    when the builder has already built its cohort
         */
        public Builder add(EvidenceRecord record) {
            Objects.requireNonNull(record, "record");
            if (!evaluator.counts(record)) {
                open();
                return this;
            }
            columns.learner(indexOf(record.learner()));
            evaluator.compiled().append(columns, record);
            recordCount++;
            return this;
        }

        /**
         * Adds records, in their iteration order.
         *
         * @param records the records
         * @return this builder
         * @throws IllegalArgumentException when a record does not fit the curriculum
         */
        public Builder addAll(Iterable<? extends EvidenceRecord> records) {
            for (EvidenceRecord r : Objects.requireNonNull(records, "records")) {
                add(r);
            }
            return this;
        }

        /**
         * Names a learner explicitly, so the cohort has them even without records (then every level is null
         * and the status not-started).
         *
         * @param learner the learner
         * @return this builder
         */
        public Builder include(LearnerId learner) {
            indexOf(Objects.requireNonNull(learner, "learner"));
            return this;
        }

        /** {@return the learner's index, given on first appearance} */
        private int indexOf(LearnerId learner) {
            Map<LearnerId, Integer> map = open();
            Integer known = map.get(learner);
            if (known != null) {
                return known;
            }
            int next = map.size();
            map.put(learner, next);
            return next;
        }

        /**
         * Builds the cohort.
         *
         * @return the cohort, learners in ascending id order
         * @throws IllegalStateException when called twice
         */
        public Cohort build() {
            Map<LearnerId, Integer> map = open();
            index = null;
            LearnerId[] ids = map.keySet().toArray(new LearnerId[0]);
            Arrays.sort(ids);
            int[] position = new int[ids.length];
            for (int p = 0; p < ids.length; p++) {
                position[map.get(ids[p])] = p;
            }
            return new Cohort(evaluator, ids, columns.split(ids.length, position), recordCount);
        }

        private Map<LearnerId, Integer> open() {
            if (index == null) {
                throw new IllegalStateException("This builder has already built its cohort");
            }
            return index;
        }
    }
}

package dev.tandem.io.evidence;

import dev.tandem.certification.TopicId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.internal.Ids;
import java.time.Instant;

/**
 * Checks the fields of a continuing-education record (FORMAT 13.3): {@code hours} above 0, and an optional
 * {@code topic} that is an id. Stateless.
 */
final class EducationRecords {

    private EducationRecords() {
    }

    /** {@return the record, or null when it has problems (which are added to the raw record)} */
    static EvidenceRecord check(RawRecord raw, LearnerId learner, Instant at, String by) {
        Double hours = null;
        if (!raw.has(RawRecord.HOURS)) {
            if (!RecordChecker.hasProblem(raw, RawRecord.HOURS)) {
                raw.problem(RawRecord.HOURS, "missing field: an education record needs hours");
            }
        } else {
            hours = (Double) raw.get(RawRecord.HOURS);
            if (hours.isNaN() || hours.isInfinite()) {
                raw.problem(RawRecord.HOURS, "hours must be a finite number");
            } else if (hours <= 0) {
                raw.problem(RawRecord.HOURS, "hours must be above 0");
            } else if (hours > EvidenceReader.MAX_HOURS) {
                raw.problem(RawRecord.HOURS, "one education record may give at most " + EvidenceReader.MAX_HOURS
                        + " hours");
            }
        }
        String topic = raw.text(RawRecord.TOPIC);
        if (topic != null && !Ids.isValid(topic)) {
            raw.problem(RawRecord.TOPIC, "a topic is an id: lower-case letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit, at most 64 characters");
        }
        if (learner == null || at == null || hours == null || !raw.problems.isEmpty()) {
            return null;
        }
        return new EvidenceRecord.Education(learner, hours, topic == null ? null : TopicId.of(topic), at, by);
    }
}

package dev.tandem.progress;

import dev.tandem.certification.TopicId;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-data builder for one learner's evidence, in input order. Times are ISO instants or dates (UTC). */
final class Evidence {

    private final LearnerId learner;
    private final List<EvidenceRecord> records = new ArrayList<>();

    private Evidence(LearnerId learner) {
        this.learner = learner;
    }

    static Evidence of(String learner) {
        return new Evidence(LearnerId.of(learner));
    }

    static Evidence learner() {
        return of("L-001");
    }

    /** {@return the instant: an ISO-8601 instant, or a date meaning its start in UTC} */
    static Instant t(String when) {
        return when.length() == 10 ? LocalDate.parse(when).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(when);
    }

    Evidence attempt(String assessment, double score, String at) {
        records.add(EvidenceRecord.Attempt.scored(learner, AssessmentId.of(assessment), score, t(at)));
        return this;
    }

    /** Adds a scenario attempt; responses as {@code v1=refer}. */
    Evidence responses(String assessment, String at, String... responses) {
        Map<VignetteId, TierId> map = new LinkedHashMap<>();
        for (String r : responses) {
            String[] kv = r.split("=");
            map.put(VignetteId.of(kv[0]), TierId.of(kv[1]));
        }
        records.add(new EvidenceRecord.Attempt(learner, AssessmentId.of(assessment), null, map, t(at), null));
        return this;
    }

    Evidence completion(String module, String at) {
        records.add(new EvidenceRecord.Completion(learner, ModuleId.of(module), t(at), null));
        return this;
    }

    Evidence practice(double hours, String at) {
        records.add(new EvidenceRecord.Practice(learner, hours, t(at), "S-1"));
        return this;
    }

    Evidence education(double hours, String topic, String at) {
        records.add(new EvidenceRecord.Education(learner, hours, topic == null ? null : TopicId.of(topic), t(at),
                null));
        return this;
    }

    LearnerId id() {
        return learner;
    }

    List<EvidenceRecord> records() {
        return List.copyOf(records);
    }

    LearnerProgress evaluate(Evaluator evaluator, String asOf) {
        return evaluator.evaluate(learner, records, t(asOf));
    }
}

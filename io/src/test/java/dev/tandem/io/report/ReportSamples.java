package dev.tandem.io.report;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.progress.Evaluator;
import java.time.Instant;

/**
 * A curriculum and a cohort of 25 learners whose figures are known by hand:
 * <ul>
 * <li>12 certified: quiz 9 on Jan 5, scenario all right on Jan 15 (6 of them: 10 days) or Feb 14 (6: 40
 * days);</li>
 * <li>8 who under-escalate v1 (consult instead of refer) on Feb 3 after passing the quiz on Feb 1;</li>
 * <li>5 who fail the quiz (4) on Mar 1.</li>
 * </ul>
 * Every learner id contains {@code SECRET}, so a test can check no id leaks into an output.
 */
final class ReportSamples {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    static final String CURRICULUM = """
            tandem: 1
            id: peer-support
            version: 1.2.0
            title: Peer Support Basics
            setting: community
            scales:
              - id: proficiency
                levels: [aware, developing, proficient, advanced]
            competencies:
              - { id: listen, title: Listens actively }
              - { id: triage, title: Escalates safely }
            modules:
              - { id: m1, title: Foundations }
              - { id: m2, title: Crisis response, requires: [m1] }
            assessments:
              - id: q1
                title: Listening quiz
                module: m1
                kind: quiz
                max-score: 10
                pass-score: 8
                measures: [{ competency: listen, level: proficient }]
              - id: s1
                title: Crisis triage scenarios
                module: m2
                kind: scenario
                pass-score: 2
                measures: [{ competency: triage, level: proficient }]
                vignettes:
                  - { id: v1, prompt: A peer says they think about ending their life., signals: { ideation: true } }
                  - { id: v2, prompt: A peer is very distressed after losing their job., signals: { distress: true } }
                  - { id: v3, prompt: A peer wants to talk about a hard week., signals: {} }
            certification:
              title: Certified Peer Supporter
              modules: all
              competencies: [{ competency: listen, level: proficient }]
            escalation:
              tiers:
                - { id: continue, title: Continue peer support }
                - { id: consult, title: Consult your supervisor today }
                - { id: refer, title: Warm hand-off to a professional }
                - { id: emergency, title: Call emergency services }
              signals:
                - { id: distress, type: flag }
                - { id: ideation, type: flag }
              rules:
                - { id: distressed, when: distress, tier: consult, actions: [Check in with the peer] }
                - { id: ideation, when: ideation, tier: refer, actions: [Arrange a warm hand-off] }
            """;

    private ReportSamples() {
    }

    static Curriculum curriculum() {
        return CurriculumReader.create().read(CURRICULUM, DocumentFormat.YAML).orElseThrow();
    }

    static String evidence() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String id = "P-SECRET-" + i;
            b.append(attempt(id, "q1", "\"score\":9", "2026-01-05"));
            b.append(attempt(id, "s1", "\"responses\":{\"v1\":\"refer\",\"v2\":\"consult\",\"v3\":\"continue\"}",
                    i < 6 ? "2026-01-15" : "2026-02-14"));
        }
        for (int i = 0; i < 8; i++) {
            String id = "U-SECRET-" + i;
            b.append(attempt(id, "q1", "\"score\":9", "2026-02-01"));
            b.append(attempt(id, "s1", "\"responses\":{\"v1\":\"consult\",\"v2\":\"consult\",\"v3\":\"continue\"}",
                    "2026-02-03"));
        }
        for (int i = 0; i < 5; i++) {
            b.append(attempt("N-SECRET-" + i, "q1", "\"score\":4", "2026-03-01"));
        }
        return b.toString();
    }

    private static String attempt(String learner, String assessment, String what, String at) {
        return "{\"learner\":\"" + learner + "\",\"kind\":\"attempt\",\"assessment\":\"" + assessment + "\","
                + what + ",\"at\":\"" + at + "\"}\n";
    }

    static CohortReport report(ReportOptions options) {
        Curriculum c = curriculum();
        CohortEvidence.Builder b = CohortEvidence.builder(Evaluator.of(c));
        var summary = EvidenceReader.of(c).read(evidence(), EvidenceFormat.JSON_LINES, b::add);
        if (!summary.isClean()) {
            throw new IllegalStateException(summary.problems().toString());
        }
        return CohortReport.of(b.build(), options);
    }

    static CohortReport report() {
        return report(ReportOptions.at(AS_OF));
    }
}

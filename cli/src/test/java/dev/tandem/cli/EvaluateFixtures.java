package dev.tandem.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small curriculum and the same evidence in three forms, written as files, and a way to run the command. */
final class EvaluateFixtures {

    private EvaluateFixtures() {
    }

    static final String CURRICULUM = """
            tandem: 1
            id: peer-basics
            version: 1.0.0
            title: Peer basics
            setting: community
            scales:
              - id: proficiency
                levels: [aware, developing, proficient]
            competencies:
              - id: listening
                title: Listens well
              - id: escalation
                title: Escalates well
            modules:
              - id: m0-intro
                title: Introduction
              - id: m1-foundations
                title: Foundations
              - id: m2-crisis
                title: Crisis
                requires: [m1-foundations]
            assessments:
              - id: a1-quiz
                title: Listening quiz
                module: m1-foundations
                kind: quiz
                max-score: 10
                pass-score: 8
                valid-for: P2Y
                measures: [{competency: listening, level: developing}]
              - id: a2-triage
                title: Triage
                module: m2-crisis
                kind: scenario
                pass-score: 1
                measures: [{competency: escalation, level: proficient}]
                vignettes:
                  - {id: v1, prompt: Has a plan., signals: {plan: true}}
                  - {id: v2, prompt: Had a bad day., signals: {}}
            certification:
              title: Certified peer supporter
              modules: all
              competencies:
                - {competency: listening, level: developing}
              practice: {hours: 10, within: P1Y}
            escalation:
              tiers:
                - {id: continue, title: Continue}
                - {id: consult, title: Consult}
                - {id: refer, title: Refer}
                - {id: emergency, title: Emergency}
              signals:
                - {id: plan, type: flag}
              rules:
                - {id: has-plan, when: plan, tier: refer, actions: [Refer]}
            """;

    static final String JSONL = """
            {"learner":"L-001","kind":"attempt","assessment":"a1-quiz","score":9,"at":"2026-03-02T14:00:00Z","by":"S-12"}
            {"learner":"L-001","kind":"attempt","assessment":"a2-triage","responses":{"v1":"refer","v2":"continue"},"at":"2026-03-03T09:00:00Z"}
            {"learner":"L-001","kind":"completion","module":"m0-intro","at":"2026-02-01T10:00:00Z"}
            {"learner":"L-001","kind":"practice","hours":4.5,"at":"2026-04-01T10:00:00Z","by":"S-3"}
            {"learner":"L-002","kind":"attempt","assessment":"a1-quiz","score":7.5,"at":"2026-03-05"}
            """;

    static final String JSON_ARRAY = """
            [
              {"learner":"L-001","kind":"attempt","assessment":"a1-quiz","score":9,"at":"2026-03-02T14:00:00Z","by":"S-12"},
              {"learner":"L-001","kind":"attempt","assessment":"a2-triage",
               "responses":{"v1":"refer","v2":"continue"},"at":"2026-03-03T09:00:00Z"},
              {"learner":"L-001","kind":"completion","module":"m0-intro","at":"2026-02-01T10:00:00Z"},
              {"learner":"L-001","kind":"practice","hours":4.5,"at":"2026-04-01T10:00:00Z","by":"S-3"},
              {"learner":"L-002","kind":"attempt","assessment":"a1-quiz","score":7.5,"at":"2026-03-05"}
            ]
            """;

    static final String CSV = """
            learner,kind,assessment,module,score,hours,responses,at,by
            L-001,attempt,a1-quiz,,9,,,2026-03-02T14:00:00Z,S-12
            L-001,attempt,a2-triage,,,,v1=refer;v2=continue,2026-03-03T09:00:00Z,
            L-001,completion,,m0-intro,,,,2026-02-01T10:00:00Z,
            L-001,practice,,,,4.5,,2026-04-01T10:00:00Z,S-3
            L-002,attempt,a1-quiz,,7.5,,,2026-03-05,
            """;

    static final String AS_OF = "2026-11-21T00:00:00Z";

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run of the command gave. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TandemCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

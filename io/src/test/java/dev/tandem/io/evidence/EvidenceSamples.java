package dev.tandem.io.evidence;

/** The same evidence in the three forms, and builders of single JSON Lines records. */
final class EvidenceSamples {

    private EvidenceSamples() {
    }

    static final String CSV_HEADER = "learner,kind,assessment,module,score,hours,responses,at,by";

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

    static final String CSV = CSV_HEADER + "\n" + """
            L-001,attempt,a1-quiz,,9,,,2026-03-02T14:00:00Z,S-12
            L-001,attempt,a2-triage,,,,v1=refer;v2=continue,2026-03-03T09:00:00Z,
            L-001,completion,,m0-intro,,,,2026-02-01T10:00:00Z,
            L-001,practice,,,,4.5,,2026-04-01T10:00:00Z,S-3
            "L-002",attempt,a1-quiz,,7.5,,,2026-03-05,
            """;

    static String practice(String learner, String hours) {
        return "{\"learner\":\"" + learner + "\",\"kind\":\"practice\",\"hours\":" + hours + ",\"at\":\"2026-01-01\"}";
    }

    static String attempt(String learner, String assessment, String score) {
        return "{\"learner\":\"" + learner + "\",\"kind\":\"attempt\",\"assessment\":\"" + assessment
                + "\",\"score\":" + score + ",\"at\":\"2026-01-01\"}";
    }
}

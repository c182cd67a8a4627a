package dev.tandem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test documents written to a directory. */
final class Files {

    static final String VALID = """
            tandem: 1
            id: demo
            version: 1.0.0
            title: Demo curriculum
            setting: school
            scales:
              - id: proficiency
                levels: [aware, proficient]
            competencies:
              - id: listening
                title: Listens actively
            modules:
              - id: m1
                title: Foundations
            assessments:
              - id: a1
                title: Listening quiz
                module: m1
                kind: quiz
                max-score: 10
                pass-score: 8
                measures:
                  - { competency: listening, level: proficient }
            """;

    /** The valid document with an unmeasured competency: valid, with one warning (line 12). */
    static final String WITH_WARNING = VALID.replace("""
                title: Listens actively
            """, """
                title: Listens actively
              - id: empathy
                title: Shows empathy
            """);

    /** The valid document with a misspelled field (line 11) and a bad setting (line 5). */
    static final String WITH_ERRORS = VALID.replace("setting: school", "setting: home")
            .replace("    title: Listens actively", "    titel: Listens actively");

    private Files() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            return java.nio.file.Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.tandem.io;

import dev.tandem.curriculum.Curriculum;

/** Public access to the test documents for tests in other packages. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** {@return the minimal valid YAML document} */
    public static String minimal() {
        return Documents.MINIMAL;
    }

    /** {@return the complete valid YAML document} */
    public static String full() {
        return Documents.FULL;
    }

    /** {@return a generated valid curriculum} @param seed the seed */
    public static Curriculum generated(long seed) {
        return CurriculumGenerator.generate(seed);
    }
}

package dev.tandem.io.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.hostile.Examples;
import dev.tandem.progress.Cohort;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link ProgressWriter#writeAll}: the bytes of writing learner by learner, on any number of threads. */
class WriteAllTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static Curriculum curriculum;
    private static Cohort cohort;

    @BeforeAll
    static void cohort() throws IOException {
        curriculum = Examples.curriculum("community");
        cohort = GeneratedCohorts.of(curriculum, 700, 8, 5);
    }

    @ParameterizedTest
    @EnumSource(ProgressFormat.class)
    void everyNumberOfThreadsWritesWhatWritingOneByOneWrites(ProgressFormat format) throws IOException {
        StringWriter oneByOne = new StringWriter();
        try (ProgressWriter w = ProgressWriter.open(format, oneByOne, curriculum, AS_OF)) {
            for (var p : (Iterable<dev.tandem.progress.LearnerProgress>) cohort.evaluate(AS_OF)::iterator) {
                w.write(p);
            }
        }
        for (int threads : new int[] {1, 2, 3, 7}) {
            StringWriter all = new StringWriter();
            List<LearnerId> seen = new ArrayList<>();
            try (ProgressWriter w = ProgressWriter.open(format, all, curriculum, AS_OF)) {
                w.writeAll(cohort, threads, p -> seen.add(p.learner()));
            }
            assertThat(all.toString()).as(threads + " threads").isEqualTo(oneByOne.toString());
            assertThat(seen).isEqualTo(cohort.learners());
        }
    }

    @Test
    void learnersWrittenOneByOneAndThenAllAtOnceStillMakeOneDocument() throws IOException {
        StringWriter text = new StringWriter();
        try (ProgressWriter w = ProgressWriter.open(ProgressFormat.JSON, text, curriculum, AS_OF)) {
            w.writeAll(cohort, 2, p -> { });
        }
        String json = text.toString();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("learners").size())
                .isEqualTo(cohort.size());
    }

    @Test
    void aCohortIsWrittenOnlyOnceAndThreadsMustBeAtLeastOne() throws IOException {
        try (ProgressWriter w = ProgressWriter.open(ProgressFormat.CSV, new StringWriter(), curriculum, AS_OF)) {
            assertThatThrownBy(() -> w.writeAll(cohort, 0, p -> { })).isInstanceOf(IllegalArgumentException.class);
            w.writeAll(cohort, 2, p -> { });
            // the learners come again, not after the last one written
            assertThatThrownBy(() -> w.writeAll(cohort, 2, p -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ascending");
        }
    }
}

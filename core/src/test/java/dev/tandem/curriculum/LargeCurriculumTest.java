package dev.tandem.curriculum;

import static dev.tandem.testing.Curricula.certification;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.requirement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Competency;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.testing.Curricula;
import dev.tandem.training.TrainingModule;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long chains are flat in a document (no nesting), so validation must not recurse along them. The chains
 * are validated on a thread with a small stack, where recursion along 10,000 items would overflow.
 */
class LargeCurriculumTest {

    private static final int LENGTH = 10_000;
    private static final long SMALL_STACK = 256 * 1024;

    private static List<Diagnostic> diagnosticsOnASmallStack(Curricula curriculum) throws InterruptedException {
        Curriculum.Builder builder = curriculum.builder();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(builder.diagnostics());
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        assertThat(outcome.get()).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Diagnostic> diagnostics = (List<Diagnostic>) outcome.get();
        return diagnostics;
    }

    @Test
    @Timeout(20)
    void aLongParentChainWithACertificationValidatesWithoutRecursion() throws InterruptedException {
        // c0 <- c1 <- ... : each competency is the parent of the next; only the last one is measured
        Competency[] chain = IntStream.range(0, LENGTH).mapToObj(i -> {
            Competency.Builder b = competency("c" + i);
            return (i == 0 ? b : b.parent("c" + (i - 1))).build();
        }).toArray(Competency[]::new);
        assertThat(diagnosticsOnASmallStack(minimal().competencies(chain)
                .assessments(quiz("a1-quiz", "c" + (LENGTH - 1), "advanced").build())
                .certification(certification(requirement("c0", "advanced"))))).isEmpty();
    }

    @Test
    @Timeout(20)
    void aLongPrerequisiteChainValidatesWithoutRecursion() throws InterruptedException {
        TrainingModule[] chain = IntStream.range(0, LENGTH).mapToObj(i -> {
            TrainingModule.Builder b = module("m" + i);
            return (i == 0 ? b : b.requires("m" + (i - 1))).build();
        }).toArray(TrainingModule[]::new);
        assertThat(diagnosticsOnASmallStack(minimal().modules(chain)
                .assessments(quiz("a1-quiz", Curricula.COMPETENCY, "advanced").build()))).isEmpty();
    }

    @Test
    @Timeout(20)
    void aLongPrerequisiteCycleIsNamedWithoutRecursion() throws InterruptedException {
        TrainingModule[] ring = IntStream.range(0, LENGTH).mapToObj(i -> module("m" + i)
                .requires("m" + ((i + LENGTH - 1) % LENGTH)).build()).toArray(TrainingModule[]::new);
        assertThat(diagnosticsOnASmallStack(minimal().modules(ring)
                .assessments(quiz("a1-quiz", Curricula.COMPETENCY, "advanced").build())))
                .singleElement().satisfies(d -> assertThat(d.path()).hasToString("/modules/" + (LENGTH - 1)
                        + "/requires/0"));
    }

    @Test
    @Timeout(20)
    void pastTheSuggestionBudgetUnknownReferencesAreStillAllReportedButWithoutSuggestions() {
        // each suggestion compares with every module; 5,000 x 5,000 comparisons would make validation quadratic
        int count = 5_000;
        TrainingModule[] modules = IntStream.range(0, count).mapToObj(i -> module("module-" + i)
                .requires("modul-" + i).build()).toArray(TrainingModule[]::new);
        List<Diagnostic> diagnostics = minimal().modules(modules)
                .assessments(quiz("a1-quiz", Curricula.COMPETENCY, "advanced").build()).diagnostics();
        assertThat(diagnostics).hasSize(count);
        assertThat(diagnostics.get(0).message()).contains("did you mean 'module-0'?");
        assertThat(diagnostics.get(count - 1).message()).contains("requires 'modul-" + (count - 1) + "'")
                .doesNotContain("did you mean");
    }
}

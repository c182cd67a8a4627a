package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.ATTENDED;
import static dev.tandem.io.xapi.Statements.COMPLETED;
import static dev.tandem.io.xapi.Statements.FOUNDATIONS;
import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.PRACTICE;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * FORMAT 10.1 as invariants: the layout of the statements (order, StatementResult pages, pretty-printing)
 * and the scale a score is given on never change the evaluation.
 */
class XapiReaderProperties {

    private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * One statement of a generated file: who (one of four learners), what (0 quiz attempt, 1 completion,
     * 2 practice), how well, and whether it has an id, is re-sent and is voided.
     */
    record Gen(int learner, int kind, int score, int span, boolean withId, boolean resent, boolean voided) {
    }

    @Provide
    Arbitrary<List<Gen>> files() {
        Arbitrary<Gen> gen = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 4), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4))
                .as((l, k, s, span, id, resent, voided) -> new Gen(l, k, s, span, id, id && resent == 0,
                        id && voided == 0));
        return gen.list().ofMinSize(0).ofMaxSize(14);
    }

    /** {@return the statements of a generated file, in their first order: each with a distinct timestamp} */
    private static List<Statements> statements(List<Gen> file) {
        List<Statements> all = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            Gen g = file.get(i);
            Statements s = switch (g.kind) {
                case 0 -> statement(PASSED, QUIZ).raw(g.score * g.span / 2.0).score("max", 10.0 * g.span);
                case 1 -> statement(COMPLETED, FOUNDATIONS);
                default -> statement(ATTENDED, PRACTICE).duration("PT" + (g.score + 1) + "H");
            };
            s.account("https://lms.example", "L-00" + g.learner).timestamp(START.plusSeconds(3600L * i).toString());
            String id = String.format("a0000000-0000-4000-8000-%012d", i);
            if (g.withId) {
                s.id(id);
            }
            all.add(s);
            if (g.resent) {
                all.add(s.copy());
            }
            if (g.voided) {
                all.add(Statements.voiding(String.format("f0000000-0000-4000-8000-%012d", i), id));
            }
        }
        return all;
    }

    private static List<LearnerProgress> evaluate(String text) {
        XapiTesting.Read r = XapiTesting.read(text);
        assertThat(r.summary().problems()).isEmpty();
        Cohort.Builder cohort = Evaluator.of(XapiTesting.CURRICULUM).cohort();
        r.records().forEach(cohort::add);
        return cohort.build().evaluate(AS_OF).toList();
    }

    @Property(tries = 200)
    void shufflingTheStatementsNeverChangesTheEvaluation(@ForAll("files") List<Gen> file,
            @ForAll("seeds") List<Integer> order) {
        List<Statements> statements = statements(file);
        List<Statements> shuffled = new ArrayList<>(statements);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = Math.floorMod(order.get(i % order.size()), i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        assertThat(evaluate(Statements.lines(shuffled))).isEqualTo(evaluate(Statements.lines(statements)));
    }

    @Provide
    Arbitrary<List<Integer>> seeds() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 200)
    void splittingIntoStatementResultPagesNeverChangesTheEvaluation(@ForAll("files") List<Gen> file,
            @ForAll @IntRange(min = 1, max = 6) int pageSize) {
        List<Statements> statements = statements(file);
        assertThat(evaluate(Statements.pages(statements, pageSize))).isEqualTo(evaluate(Statements.lines(statements)));
    }

    @Property(tries = 200)
    void prettyPrintingNeverChangesTheEvaluation(@ForAll("files") List<Gen> file) {
        List<Statements> statements = statements(file);
        assertThat(evaluate(Statements.pretty(statements))).isEqualTo(evaluate(Statements.lines(statements)));
        assertThat(evaluate("[\n" + String.join(",\n", statements.stream().map(Statements::pretty).toList()) + "]"))
                .isEqualTo(evaluate(Statements.lines(statements)));
    }

    /** A score on some scale: raw in [min, min + span]. */
    record Scored(int min, int span, int offset) {
        int raw() {
            return min + Math.min(offset, span);
        }
    }

    @Provide
    Arbitrary<List<Scored>> scores() {
        return Combinators.combine(Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(1, 1000),
                Arbitraries.integers().between(0, 1000)).as(Scored::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.001, 1000).ofScale(6),
                Arbitraries.of(0.1, 0.3, 3.0, 7.0, 1e-3, 1e3, 1 / 3.0));
    }

    @Property(tries = 300)
    void scalingRawMinAndMaxByAnyPositiveFactorNeverChangesTheEvaluation(@ForAll("scores") List<Scored> scores,
            @ForAll("factors") double factor) {
        assertThat(evaluate(attempts(scores, factor))).isEqualTo(evaluate(attempts(scores, 1)));
    }

    @Example
    void theSameShareOnAnotherScaleGivesTheSameScoreEvenAtARoundingTie() {
        // 31 of 256 is 1.2109375 of 10, a tie at the sixth decimal; scaled by 0.3, the raw score 31 * 0.3 is
        // 9.299999999999999 of 76.8, which gives 1.2109374999999998 of 10: the same share in binary noise
        List<Scored> tie = List.of(new Scored(0, 256, 31));
        assertThat(evaluate(attempts(tie, 0.3))).isEqualTo(evaluate(attempts(tie, 1)));
    }

    private static String attempts(List<Scored> scores, double factor) {
        return Statements.lines(IntStream.range(0, scores.size()).mapToObj(i -> {
            Scored s = scores.get(i);
            return statement(PASSED, QUIZ).raw(s.raw() * factor).score("min", s.min() * factor)
                    .score("max", (s.min() + s.span()) * factor).timestamp(START.plusSeconds(60L * i).toString());
        }).toList());
    }
}

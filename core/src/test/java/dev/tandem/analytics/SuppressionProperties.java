package dev.tandem.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Suppression invariants on random cohorts, with and without per-month figures. */
class SuppressionProperties {

    private static final String[] TIERS = {"continue", "consult", "refer", "emergency", ""};

    /** One random record: learner, kind, day of 2026 (1-200), score, responses. */
    record Spec(int learner, int kind, int day, int score, int v1, int v2, int v3) {
    }

    @Provide
    Arbitrary<List<Spec>> cohorts() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4)).as(Spec::new);
        return spec.list().ofMinSize(0).ofMaxSize(300);
    }

    static CohortReport report(List<Spec> specs, int k, boolean byMonth) {
        Fixtures.Records r = Fixtures.records();
        for (Spec s : specs) {
            String learner = "L" + s.learner();
            String at = java.time.LocalDate.ofYearDay(2026, s.day()).toString();
            switch (s.kind()) {
                case 0, 1 -> r.quiz(learner, s.score(), at);
                case 2 -> r.scenario(learner, at, responses(s));
                case 3 -> r.completion(learner, "m1", at);
                default -> r.practice(learner, 1, at);
            }
        }
        ReportOptions options = ReportOptions.at(Fixtures.t("2026-06-15")).withMinCell(k).withBinDays(20)
                .withGrouping(byMonth ? Grouping.MONTH : Grouping.NONE);
        return Fixtures.report(Fixtures.curriculum(), r, options);
    }

    private static String[] responses(Spec s) {
        return java.util.stream.Stream.of("v1=" + TIERS[s.v1()], "v2=" + TIERS[s.v2()], "v3=" + TIERS[s.v3()])
                .filter(x -> !x.endsWith("=")).toArray(String[]::new);
    }

    @Property(tries = 150)
    void noCountFromOneToKMinusOneIsEverShown(@ForAll("cohorts") List<Spec> specs,
            @ForAll @IntRange(min = 2, max = 8) int k, @ForAll boolean byMonth) {
        CohortReport report = report(specs, k, byMonth);
        assertThat(ReportGroups.allCells(report))
                .allSatisfy(c -> assertThat(c.suppressed() || c.count() == 0 || c.count() >= k).isTrue());
    }

    @Property(tries = 150)
    void noSuppressedCellCanBeRecoveredBySubtractionFromItsGroupsTotal(@ForAll("cohorts") List<Spec> specs,
            @ForAll @IntRange(min = 2, max = 8) int k, @ForAll boolean byMonth) {
        CohortReport report = report(specs, k, byMonth);
        for (ReportGroups.Group g : ReportGroups.groups(report)) {
            long suppressed = g.members().stream().filter(Cell::suppressed).count();
            boolean totalKnown = g.published() != null || g.total() != null && !g.total().suppressed();
            if (totalKnown) {
                int total = g.published() != null ? g.published() : g.total().count();
                int shown = g.members().stream().mapToInt(Cell::countOrZero).sum();
                if (suppressed == 0) {
                    assertThat(shown).as(g.name() + " adds up").isEqualTo(total);
                } else if (g.published() != null && shown == 0) {
                    // every learner is in the suppressed cells and no other cell can hide them: the learner total,
                    // which the format always publishes, is all that pins them
                    continue;
                } else {
                    // zero is never suppressed: each suppressed cell is at least 1; unless they add up to more
                    // than their number, subtraction would pin them all
                    assertThat(suppressed).as(g.name() + " " + g.members()).isGreaterThan(1);
                    assertThat(total - shown).as(g.name() + " " + g.members()).isGreaterThan((int) suppressed);
                }
            } else if (g.members().stream().anyMatch(c -> c.suppressed() || c.count() > 0)) {
                assertThat(suppressed).as(g.name() + ": the members would reveal the suppressed total")
                        .isGreaterThan(0);
            }
        }
    }

    @Property(tries = 50)
    void everyShownShareIsTheCountOverItsPopulation(@ForAll("cohorts") List<Spec> specs) {
        CohortReport report = report(specs, 1, false);
        report.figures().certification().values()
                .forEach(c -> assertThat(c.share()).isEqualTo(report.learners() == 0 ? 0.0
                        : (double) c.count() / report.learners()));
        assertThat(ReportGroups.groups(report)).allSatisfy(g -> assertThat(g.members()).noneMatch(Cell::suppressed));
    }
}

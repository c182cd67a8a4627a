package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.MISSING_FIELD;
import static dev.tandem.diagnostic.DiagnosticCode.UNATTAINABLE_REQUIREMENT;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.certification;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.requirement;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.testing.Curricula;
import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORMAT section 13's diagnostics, for a curriculum built in code (files get the same ones). */
class LifecycleValidationTest {

    private static Rollup points(String total, Object... childPoints) {
        Map<CompetencyId, Rollup.ChildPoints> children = new LinkedHashMap<>();
        for (int i = 0; i < childPoints.length; i += 3) {
            children.put(CompetencyId.of((String) childPoints[i]),
                    new Rollup.ChildPoints(new BigDecimal((String) childPoints[i + 1]), (Boolean) childPoints[i + 2]));
        }
        return new Rollup.Points(new BigDecimal(total), children);
    }

    /** communication with children listening (proficient by a1) and empathy (advanced by a2). */
    private static Curricula family(Rollup rollup) {
        return minimal().competencies(competency(COMPETENCY).parent("communication").build(),
                        competency("empathy").parent("communication").build(),
                        competency("communication").rollup(rollup).build())
                .assessment(quiz("a2-quiz", "empathy", "advanced").build());
    }

    private static Renewal renewal(double hours, Period within, Map<TopicId, Double> topics) {
        return new Renewal(Period.ofDays(90), new ContinuingEducation(hours, within, topics));
    }

    @Test
    void aDecayingAverageWeightMustLieStrictlyBetweenZeroAndOne() {
        assertOnly(minimal().attainment(Attainment.decayingAverage(BigDecimal.ONE)).diagnostics(), ERROR,
                INVALID_VALUE, "/attainment/weight", "weight 1 must lie between 0 and 1");
        assertOnly(minimal().competencies(competency(COMPETENCY).attainment(Attainment.decayingAverage(BigDecimal.ZERO))
                .build()).diagnostics(), ERROR, INVALID_VALUE, "/competencies/0/attainment/weight", "weight 0");
    }

    @Test
    void nMasteryNeedsAtLeastOneAttempt() {
        assertOnly(minimal().attainment(Attainment.nMastery(0)).diagnostics(), ERROR, INVALID_VALUE, "/attainment/n",
                "at least 1");
    }

    @Test
    void validMethodsHaveNoDiagnostics() {
        assertThat(minimal().attainment(Attainment.nMastery(3)).competencies(competency(COMPETENCY)
                .attainment(Attainment.decayingAverage(new BigDecimal("0.65"))).build()).diagnostics()).isEmpty();
    }

    @Test
    void aRollUpOnACompetencyWithoutChildrenIsInvalid() {
        assertOnly(minimal().competencies(competency(COMPETENCY).rollup(Rollup.ALL).build()).diagnostics(), ERROR,
                INVALID_VALUE, "/competencies/0/rollup", "no children");
    }

    @Test
    void aChildKeyThatIsNotAChildIsAnUnknownReferenceWithASuggestion() {
        assertOnly(family(points("1", "listenin", "1", false)).diagnostics(), ERROR, UNKNOWN_REFERENCE,
                "/competencies/2/rollup/children/listenin", "did you mean 'listening'?");
    }

    @Test
    void pointsAboveWhatAllChildrenCountCanNeverHold() {
        assertOnly(family(points("4", "listening", "2", false)).diagnostics(), ERROR, INVALID_VALUE,
                "/competencies/2/rollup/points", "count only 3");
    }

    @Test
    void theUnattainableCheckKnowsPointsRollUps() {
        // empathy alone (advanced) earns 2 points of the 2 needed: communication can reach advanced by its children
        assertThat(family(points("2", "empathy", "2", false))
                .certification(certification(requirement("communication", "advanced"))).diagnostics()).isEmpty();
        // with the default roll-up the minimum is listening's proficient
        assertOnly(family(null).certification(certification(requirement("communication", "advanced"))).diagnostics(),
                ERROR, UNATTAINABLE_REQUIREMENT, "/certification/competencies/0", "'proficient'");
        // a required child caps it
        assertOnly(family(points("2", "empathy", "2", false, "listening", "0", true))
                .certification(certification(requirement("communication", "advanced"))).diagnostics(),
                ERROR, UNATTAINABLE_REQUIREMENT, "/certification/competencies/0", "'proficient'");
    }

    @Test
    void continuingEducationNeedsPositiveHoursAndAWindow() {
        var cert = certification(requirement(COMPETENCY, "proficient"));
        assertOnly(minimal().certification(cert.withRenewal(renewal(0, Period.ofYears(2), Map.of()))).diagnostics(),
                ERROR, INVALID_VALUE, "/certification/renewal/continuing-education/hours", "above 0");
        assertOnly(minimal().certification(cert.withRenewal(renewal(20, null, Map.of()))).diagnostics(),
                ERROR, MISSING_FIELD, "/certification/renewal/continuing-education/within", "within");
    }

    @Test
    void topicMinimumsMustBePositiveAndFitInTheTotal() {
        var cert = certification(requirement(COMPETENCY, "proficient"));
        assertOnly(minimal().certification(cert.withRenewal(renewal(20, Period.ofYears(2),
                Map.of(TopicId.of("ethics"), 21.0)))).diagnostics(), ERROR, INVALID_VALUE,
                "/certification/renewal/continuing-education/topics", "add up to 21");
        assertOnly(minimal().certification(cert.withRenewal(renewal(20, Period.ofYears(2),
                Map.of(TopicId.of("ethics"), -1.0)))).diagnostics(), ERROR, INVALID_VALUE,
                "/certification/renewal/continuing-education/topics/ethics", "above 0");
    }

    @Test
    void theRenewalWindowMustBeLongerThanZero() {
        var cert = certification(requirement(COMPETENCY, "proficient"));
        assertOnly(minimal().certification(cert.withRenewal(new Renewal(Period.ZERO, null))).diagnostics(), ERROR,
                INVALID_VALUE, "/certification/renewal/window", "longer than zero");
    }
}

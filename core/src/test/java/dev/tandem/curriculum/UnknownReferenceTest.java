package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;
import static dev.tandem.diagnostic.Severity.ERROR;
import static dev.tandem.testing.Curricula.COMPETENCY;
import static dev.tandem.testing.Curricula.MODULE;
import static dev.tandem.testing.Curricula.certification;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static dev.tandem.testing.Curricula.requirement;
import static dev.tandem.testing.DiagnosticAssertions.assertOnly;
import static dev.tandem.testing.DiagnosticAssertions.assertSingle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Vignette;
import dev.tandem.certification.Certification;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.competency.Domain;
import dev.tandem.competency.RelationType;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.escalation.Condition;
import dev.tandem.escalation.Observation;
import dev.tandem.escalation.Rule;
import dev.tandem.testing.Policies;
import dev.tandem.training.ModuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code unknown-reference}: an id that names nothing of its kind, with a did-you-mean when one is close. */
class UnknownReferenceTest {

    @Test
    void anUnknownDomainIsReportedWithTheCloseDomain() {
        assertOnly(minimal().domain(Domain.of("crisis", "Crisis"))
                .competencies(competency(COMPETENCY).domain("crises").build()).diagnostics(), ERROR, UNKNOWN_REFERENCE,
                "/competencies/0/domain", "competency 'listening' names domain 'crises', which is not defined",
                "did you mean 'crisis'?");
    }

    @Test
    void anUnknownParentIsReportedWithTheCloseCompetency() {
        assertOnly(minimal().competency(competency("reflecting").parent("listenin").build())
                .assessment(quiz("a2-quiz", "reflecting", "aware").build()).diagnostics(), ERROR, UNKNOWN_REFERENCE,
                "/competencies/1/parent", "names parent 'listenin', which is not a competency",
                "did you mean 'listening'?");
    }

    @Test
    void anUnknownScaleIsReportedWithTheScalesAndTheCloseOne() {
        assertOnly(minimal().competencies(competency(COMPETENCY).scale("proficency").build()).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/competencies/0/scale", "names scale 'proficency', which is not defined",
                "(scales: proficiency)", "did you mean 'proficiency'?");
    }

    @Test
    void anUnknownRelationTargetIsReported() {
        assertOnly(minimal().competencies(competency(COMPETENCY).relation(RelationType.REQUIRES, "empathy").build())
                .diagnostics(), ERROR, UNKNOWN_REFERENCE, "/competencies/0/relations/0/target",
                "competency 'listening' relates to 'empathy', which is not a competency");
    }

    @Test
    void anUnknownRequiredModuleIsReportedAtItsPositionWithTheCloseModule() {
        assertOnly(minimal().module(module("m2-crisis").requires(MODULE, "m1-foundation").build()).diagnostics(),
                ERROR, UNKNOWN_REFERENCE, "/modules/1/requires/1",
                "module 'm2-crisis' requires 'm1-foundation', which is not a module", "did you mean 'm1-foundations'?");
    }

    @Test
    void noSuggestionIsMadeWhenNoIdIsClose() {
        Diagnostic d = assertOnly(minimal().module(module("m2-crisis").requires("zz").build()).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/modules/1/requires/0", "requires 'zz'");
        assertThat(d.message()).doesNotContain("did you mean");
    }

    @Test
    void anUnknownTargetCompetencyIsReported() {
        assertOnly(minimal().modules(module(MODULE).targets("listning", "aware").build()).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/modules/0/targets/0/competency", "'listning' is not a competency",
                "did you mean 'listening'?");
    }

    @Test
    void anUnknownModuleOfAnAssessmentIsReportedWithTheCloseModule() {
        assertOnly(minimal().assessments(quiz("a1-quiz", COMPETENCY, "proficient").module("m1-fundations").build())
                .diagnostics(), ERROR, UNKNOWN_REFERENCE, "/assessments/0/module",
                "belongs to module 'm1-fundations', which is not a module", "did you mean 'm1-foundations'?");
    }

    @Test
    void anUnknownMeasuredCompetencyIsReported() {
        List<Diagnostic> diagnostics = minimal().assessment(quiz("a2-quiz", "listenig", "aware").build())
                .diagnostics();
        assertOnly(diagnostics, ERROR, UNKNOWN_REFERENCE, "/assessments/1/measures/0/competency",
                "assessment 'a2-quiz' measures 'listenig', which is not a competency", "did you mean 'listening'?");
    }

    @Test
    void anUnknownSignalInAVignetteIsReportedAtThatSignal() {
        Assessment triage = Assessment.builder("a2-triage", "Triage", AssessmentKind.SCENARIO).passScore(1)
                .measures(COMPETENCY, "advanced").vignette(Vignette.of("v1", "A peer in distress",
                        Observation.builder().flag("ideaton", true).build())).build();
        assertOnly(minimal().escalation(Policies.standard().build()).assessment(triage).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/assessments/1/vignettes/0/signals/ideaton",
                "vignette 'v1' gives signal 'ideaton', which is not a signal", "did you mean 'ideation'?");
    }

    @Test
    void anUnknownCertificationModuleIsReportedAtItsPosition() {
        Certification cert = new Certification("Certified", ModuleSelection.of(List.of(ModuleId.of(MODULE),
                ModuleId.of("m9"))), List.of(), null);
        assertOnly(minimal().certification(cert).diagnostics(), ERROR, UNKNOWN_REFERENCE, "/certification/modules/1",
                "the certification requires module 'm9', which is not a module");
    }

    @Test
    void anUnknownRequiredCompetencyIsReported() {
        assertOnly(minimal().certification(certification(requirement("empathy", "aware"))).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/certification/competencies/0/competency", "'empathy' is not a competency");
    }

    @Test
    void anUnknownRuleTierIsReportedWithTheTiersAndTheCloseOne() {
        assertSingle(minimal().escalation(Policies.standard().rule(Rule.of("extra", Condition.flag("plan"), "refr",
                "Refer")).build()).diagnostics(), ERROR, UNKNOWN_REFERENCE, "/escalation/rules/3/tier",
                "rule 'extra' decides tier 'refr', which is not a tier", "(tiers: continue, consult, refer, emergency)",
                "did you mean 'refer'?");
    }

    @Test
    void anUnknownDefaultTierIsReported() {
        assertOnly(minimal().escalation(Policies.standard().defaultTier("none").build()).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/escalation/default", "the default tier 'none' is not a tier");
    }

    @Test
    void anUnknownSignalInAConditionIsReportedAtTheConditionWithTheCloseSignal() {
        assertOnly(minimal().escalation(Policies.standard().rule(Rule.of("extra", Condition.any(Condition.flag("plan"),
                Condition.atLeast("distres", 5)), "consult", "Check in")).build()).diagnostics(), ERROR,
                UNKNOWN_REFERENCE, "/escalation/rules/3/when/any/1/at-least/distres",
                "'distres' is not a signal of the escalation policy", "did you mean 'distress'?");
    }

    @Test
    void anUnknownSignalWithNoCloseNameListsTheSignals() {
        assertOnly(minimal().escalation(Policies.standard().rule(Rule.of("extra", Condition.flag("weapon"),
                "emergency", "Call now")).build()).diagnostics(), ERROR, UNKNOWN_REFERENCE, "/escalation/rules/3/when",
                "'weapon' is not a signal", "(signals: ideation, plan, distress)");
    }
}

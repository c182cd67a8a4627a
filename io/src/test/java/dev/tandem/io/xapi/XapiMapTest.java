package dev.tandem.io.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.training.ModuleId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XapiMapTest {

    @Test
    void readsActivitiesOfEveryKindWithTheDefaultVerbs() {
        XapiMap map = XapiMap.parse("""
                activities:
                  https://lms.example/act/quiz: { assessment: a-listen-quiz }
                  https://lms.example/act/foundations: { module: m1-foundations }
                  https://lms.example/act/practice: { practice: true }
                """);
        assertThat(map.activities()).containsExactly(
                java.util.Map.entry("https://lms.example/act/quiz",
                        new ActivityTarget.OfAssessment(AssessmentId.of("a-listen-quiz"))),
                java.util.Map.entry("https://lms.example/act/foundations",
                        new ActivityTarget.OfModule(ModuleId.of("m1-foundations"))),
                java.util.Map.entry("https://lms.example/act/practice", new ActivityTarget.OfPractice()));
        assertThat(map.attemptVerbs()).containsExactlyInAnyOrder("http://adlnet.gov/expapi/verbs/passed",
                "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/scored");
        assertThat(map.completionVerbs()).containsExactly("http://adlnet.gov/expapi/verbs/completed");
        assertThat(map.practiceVerbs()).containsExactly("http://adlnet.gov/expapi/verbs/attended");
    }

    @Test
    void aVerbListGivenReplacesOnlyThatDefault() {
        XapiMap map = XapiMap.parse("""
                activities: {}
                verbs:
                  completion: [https://w3id.org/xapi/adl/verbs/satisfied]
                """);
        assertThat(map.completionVerbs()).isEqualTo(Set.of("https://w3id.org/xapi/adl/verbs/satisfied"));
        assertThat(map.attemptVerbs()).isEqualTo(XapiMap.DEFAULT_ATTEMPT_VERBS);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        XapiMapException e = catchThrowableOfType(XapiMapException.class, () -> XapiMap.parse("""
                activities:
                  https://lms.example/a: { assesment: a-quiz }
                  https://lms.example/b: { practice: false }
                  https://lms.example/c: { module: Bad Id }
                verb: {}
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.UNKNOWN_FIELD, 5),
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.UNKNOWN_FIELD, 2),
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.INVALID_VALUE, 3),
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.INVALID_VALUE, 4));
    }

    @Test
    void aMapWithoutActivitiesIsAMissingField() {
        XapiMapException e = catchThrowableOfType(XapiMapException.class, () -> XapiMap.parse("verbs: {}\n"));
        assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MISSING_FIELD);
    }

    @Test
    void brokenYamlIsASyntaxError() {
        XapiMapException e = catchThrowableOfType(XapiMapException.class, () -> XapiMap.parse("activities: [\n"));
        assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SYNTAX);
    }

    @Test
    void checkReportsModulesTheCurriculumLacks() {
        XapiMap map = XapiMap.parse("activities:\n  https://x.example/m: { module: m9-missing }\n");
        assertThat(map.check(Curricula.community())).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_REFERENCE));
    }

    @Test
    void readsTheAccountHomePage() {
        XapiMap map = XapiMap.parse("activities: {}\naccount-home-page: https://lms.example\n");
        assertThat(map.accountHomePage()).contains("https://lms.example");
        assertThat(XapiMap.parse("activities: {}\n").accountHomePage()).isEmpty();
    }

    @Test
    void anAccountHomePageThatIsNoUrlIsAnInvalidValueWithItsLine() {
        XapiMapException e = catchThrowableOfType(XapiMapException.class, () -> XapiMap.parse(
                "activities: {}\naccount-home-page: lms\n"));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.INVALID_VALUE, 2));
    }

    @Test
    void keysEndingInAStarArePrefixes() {
        XapiMap map = XapiMap.parse("""
                activities:
                  https://moodle.example/mod/quiz/attempt.php*: { assessment: a-listen-quiz }
                """);
        assertThat(map.target("https://moodle.example/mod/quiz/attempt.php?attempt=3&cmid=7"))
                .contains(new ActivityTarget.OfAssessment(AssessmentId.of("a-listen-quiz")));
        assertThat(map.target("https://moodle.example/mod/quiz/attempt.php*")).isPresent();
        assertThat(map.target("https://moodle.example/mod/quiz/")).isEmpty();
    }

    @Test
    void eachKindOfTargetHasItsVerbList() {
        XapiMap map = XapiMap.parse("activities: {}\n");
        assertThat(map.verbs(new ActivityTarget.OfPractice())).isEqualTo(XapiMap.DEFAULT_PRACTICE_VERBS);
        assertThat(map.verbs(new ActivityTarget.OfEducation(null))).isEqualTo(XapiMap.DEFAULT_EDUCATION_VERBS);
        assertThat(map.verbs()).containsOnlyKeys("attempt", "completion", "practice", "education");
    }

    @Test
    void educationActivitiesAndTheEducationVerbListAreRead() {
        XapiMap map = XapiMap.parse("""
                activities:
                  https://lms.example/act/ce: { education: true }
                  https://lms.example/act/ethics: { education: true, topic: ethics }
                verbs:
                  education: [https://w3id.org/xapi/adl/verbs/attended-course]
                """);
        assertThat(map.activities()).containsEntry("https://lms.example/act/ce", new ActivityTarget.OfEducation(null))
                .containsEntry("https://lms.example/act/ethics", new ActivityTarget.OfEducation(
                        dev.tandem.certification.TopicId.of("ethics")));
        assertThat(map.educationVerbs()).containsExactly("https://w3id.org/xapi/adl/verbs/attended-course");
        assertThat(map.practiceVerbs()).isEqualTo(XapiMap.DEFAULT_PRACTICE_VERBS);
    }

    @Test
    void anEducationActivityWithABadTopicOrAnotherFieldIsReportedWithItsPosition() {
        XapiMapException e = catchThrowableOfType(XapiMapException.class, () -> XapiMap.parse("""
                activities:
                  https://lms.example/act/ce: { education: true, topic: Ethics!, hours: 2 }
                """));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.UNKNOWN_FIELD, 2),
                org.assertj.core.groups.Tuple.tuple(DiagnosticCode.INVALID_VALUE, 2));
    }
}

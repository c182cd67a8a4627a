package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Identity": two different agents never become one learner. */
class XapiIdentityTest {

    private static final XapiMap WITHOUT_HOME_PAGE = XapiTesting.MAP.withAccountHomePage(null);

    private static XapiTesting.Read read(XapiMap map, Statements... statements) {
        return XapiTesting.read(map, Statements.lines(List.of(statements)));
    }

    private static List<String> learners(XapiTesting.Read r) {
        return r.records().stream().map(EvidenceRecord::learner).map(LearnerId::value).toList();
    }

    @Test
    void withoutAccountHomePageAnAccountIsNameAtTheHostOfItsHomePage() {
        XapiTesting.Read r = read(WITHOUT_HOME_PAGE, statement(PASSED, QUIZ).raw(9).account("https://LMS.example/", "42"),
                statement(PASSED, QUIZ).raw(9).account("http://other.example:8080/moodle", "42"));
        assertThat(learners(r)).containsExactly("42@lms.example", "42@other.example");
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void accountsOnTheMapsHomePageAreTheirNameAloneAndOthersKeepTheirHost() {
        XapiTesting.Read r = read(XapiTesting.MAP, statement(PASSED, QUIZ).raw(9).account("https://lms.example/", "42"),
                statement(PASSED, QUIZ).raw(9).account("https://other.example", "42"));
        assertThat(learners(r)).containsExactly("42", "42@other.example");
    }

    @Test
    void theSameAccountNameOnTwoHomePagesIsTwoLearners() {
        XapiTesting.Read r = read(WITHOUT_HOME_PAGE, statement(PASSED, QUIZ).raw(9).account("https://a.example", "7"),
                statement(PASSED, QUIZ).raw(9).account("https://b.example", "7"));
        assertThat(learners(r)).doesNotHaveDuplicates();
    }

    @Test
    void anMboxAndAnAccountWithTheSameTextAreAnErrorNamingBothStatements() {
        XapiTesting.Read r = read(XapiTesting.MAP.withAccountHomePage("https://lms.example"),
                statement(PASSED, QUIZ).raw(9).actor("mbox", "mailto:ana@lms.example"),
                statement(PASSED, QUIZ).raw(7),
                statement(PASSED, QUIZ).raw(5).account("https://lms.example", "ana@lms.example"));
        assertThat(learners(r)).containsExactly("ana@lms.example", "L-001");
        assertThat(r.problems()).containsExactly("statement 3 (3:1): actor: is a different agent from the actor of "
                + "statement 1 (1:1), but both would get the same learner id (an mbox and an account are different "
                + "agents even when their texts are equal)");
        assertThat(r.summary().rejected()).isEqualTo(1);
    }

    @Test
    void anAccountNameEqualToAnotherAgentsEmailIsAnErrorAlsoWhenItsHostIsAdded() {
        XapiTesting.Read r = read(WITHOUT_HOME_PAGE, statement(PASSED, QUIZ).raw(9).account("https://lms.example", "ana"),
                statement(PASSED, QUIZ).raw(9).actor("mbox", "mailto:ana@lms.example"));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.message()).contains("statement 1 (1:1)").doesNotContain("ana");
        });
    }

    @Test
    void theSameAgentInManyStatementsIsOneLearner() {
        XapiTesting.Read r = read(XapiTesting.MAP, statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ).raw(8));
        assertThat(learners(r)).containsExactly("L-001", "L-001");
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void aVoidedStatementCollidesWithNobody() {
        String id = "a0000000-0000-4000-8000-00000000000a";
        XapiTesting.Read r = read(XapiTesting.MAP, statement(PASSED, QUIZ).id(id).raw(9).actor("mbox",
                "mailto:L-001"), statement(PASSED, QUIZ).raw(7), Statements.voiding(
                "f0000000-0000-4000-8000-0000000000a1", id));
        assertThat(learners(r)).containsExactly("L-001");
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void anAccountWithoutHomePageOrWithOneThatIsNoUrlIsAnError() {
        XapiTesting.Read r = XapiTesting.read(WITHOUT_HOME_PAGE, statement(PASSED, QUIZ).raw(9).set("actor",
                "{\"account\":{\"name\":\"42\"}}").json() + "\n" + statement(PASSED, QUIZ).raw(9)
                .account("lms", "42").json());
        assertThat(r.problems()).containsExactly(
                "statement 1 (1:1): actor.account: an account has a homePage (a URL) and a name",
                "statement 2 (2:1): actor.account.homePage: is not a URL (for example https://lms.example)");
    }

    @Test
    void theInstructorFollowsTheSameRule() {
        XapiTesting.Read r = read(WITHOUT_HOME_PAGE, statement(PASSED, QUIZ).raw(9).instructor("S-12"));
        assertThat(r.records().get(0).by()).isEqualTo("S-12@lms.example");
    }
}

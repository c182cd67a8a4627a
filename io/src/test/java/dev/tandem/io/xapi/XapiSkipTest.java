package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.COMPLETED;
import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.XapiTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1: what is not a learner's activity is skipped and counted by reason, never an error. */
class XapiSkipTest {

    @Test
    void objectsThatAreNoActivityAndGroupActorsAreSkippedAndCountedEachByItsReason() {
        XapiTesting.Read r = lines(
                statement(PASSED, QUIZ).set("object", "{\"objectType\":\"Agent\",\"mbox\":\"mailto:x@y.org\"}"),
                statement(PASSED, QUIZ).set("object", "{\"objectType\":\"Group\",\"member\":[]}"),
                statement(PASSED, QUIZ).set("object", "{\"objectType\":\"Group\",\"member\":[]}"),
                statement("http://example.com/commented", QUIZ).set("object",
                        "{\"objectType\":\"StatementRef\",\"id\":\"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}"),
                statement(PASSED, QUIZ).set("object", "{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":"
                        + "\"mailto:x@y.org\"},\"verb\":{\"id\":\"" + PASSED + "\"},\"object\":{\"id\":\"" + QUIZ
                        + "\"}}"),
                statement(PASSED, QUIZ).raw(9).groupActor(),
                statement(PASSED, "https://lms.example/act/unknown"),
                statement(COMPLETED, QUIZ),
                statement(PASSED, QUIZ).raw(9));
        assertThat(r.records()).hasSize(1);
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.summary().skipped()).isEqualTo(Map.of(
                SkipReason.OBJECT_AGENT, 1L, SkipReason.OBJECT_GROUP, 2L, SkipReason.OBJECT_STATEMENT_REF, 1L,
                SkipReason.OBJECT_SUB_STATEMENT, 1L, SkipReason.ACTIVITY_NOT_MAPPED, 1L,
                SkipReason.VERB_NOT_MAPPED, 1L, SkipReason.ACTOR_GROUP, 1L));
        assertThat(r.warnings()).containsExactly(
                "1 statement skipped: object is an Agent",
                "2 statements skipped: object is a Group",
                "1 statement skipped: object is a StatementRef",
                "1 statement skipped: object is a SubStatement",
                "1 statement skipped: activity not mapped",
                "1 statement skipped: verb not mapped",
                "1 statement skipped: actor is a Group");
        assertThat(r.summary().counts().skipped()).containsEntry("object-sub-statement", 1L)
                .containsEntry("actor-group", 1L);
    }

    @Test
    void anUnknownObjectTypeIsAnError() {
        assertThat(lines(statement(PASSED, QUIZ).objectType("Person")).problems()).containsExactly(
                "statement 1 (1:1): object.objectType: is one of Activity, Agent, Group, StatementRef and SubStatement");
    }

    @Test
    void aSkippedStatementNeedsNoTimestampNorActor() {
        XapiTesting.Read r = lines(statement(PASSED, "https://lms.example/act/unknown").without("timestamp")
                .without("actor"));
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.summary().skippedCount()).isEqualTo(1);
    }
}

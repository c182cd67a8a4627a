package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evidence.EvidenceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Mapping": prefix keys, and parent and grouping activities. */
class XapiMappingTest {

    private static final XapiMap MAP = XapiMap.parse("""
            activities:
              https://moodle.example/mod/quiz/attempt.php*: { assessment: a-listen-quiz }
              https://moodle.example/mod/quiz/attempt.php?attempt=9*: { assessment: a-triage }
              https://moodle.example/mod/quiz/attempt.php?attempt=1&cmid=5: { module: m1-foundations }
              https://moodle.example/mod/quiz/view.php?id=3: { assessment: a-listen-quiz }
              https://moodle.example/course/view.php?id=2: { practice: true }
            verbs:
              attempt: [http://adlnet.gov/expapi/verbs/passed]
              completion: [http://adlnet.gov/expapi/verbs/passed]
              practice: [http://adlnet.gov/expapi/verbs/passed]
            account-home-page: https://lms.example
            """);

    private static String target(Statements s) {
        XapiTesting.Read r = XapiTesting.read(MAP, s.json());
        if (r.records().isEmpty()) {
            return r.summary().skippedCount() > 0 ? "skipped" : "error";
        }
        EvidenceRecord record = r.records().get(0);
        return record instanceof EvidenceRecord.Attempt a ? a.assessment().value()
                : record instanceof EvidenceRecord.Completion c ? c.module().value() : "practice";
    }

    private static Statements about(String iri) {
        return statement(PASSED, iri).raw(9).response("v1=refer").duration("PT1H");
    }

    @Test
    void theExactKeyWinsThenTheLongestPrefix() {
        assertThat(target(about("https://moodle.example/mod/quiz/attempt.php?attempt=1&cmid=5")))
                .isEqualTo("m1-foundations");
        assertThat(target(about("https://moodle.example/mod/quiz/attempt.php?attempt=2&cmid=5")))
                .isEqualTo("a-listen-quiz");
        assertThat(target(about("https://moodle.example/mod/quiz/attempt.php?attempt=97&cmid=5")))
                .isEqualTo("a-triage");
        assertThat(target(about("https://moodle.example/mod/quiz/view.php?id=33"))).isEqualTo("skipped");
    }

    @Test
    void anUnmappedObjectCountsForItsMappedParentThenGrouping() {
        String unmapped = "https://moodle.example/question/question.php?id=1";
        assertThat(target(about(unmapped).context("parent", "https://x.example/none",
                "https://moodle.example/mod/quiz/view.php?id=3"))).isEqualTo("a-listen-quiz");
        assertThat(target(about(unmapped).context("grouping", "https://moodle.example/course/view.php?id=2")))
                .isEqualTo("practice");
        assertThat(target(about(unmapped).context("grouping", "https://moodle.example/course/view.php?id=2")
                .context("parent", "https://moodle.example/mod/quiz/view.php?id=3"))).isEqualTo("a-listen-quiz");
        assertThat(target(about(unmapped).context("category", "https://moodle.example/course/view.php?id=2")))
                .isEqualTo("skipped");
    }

    @Test
    void aMappedObjectWinsOverItsParent() {
        assertThat(target(about("https://moodle.example/mod/quiz/attempt.php?attempt=1&cmid=5").context("parent",
                "https://moodle.example/mod/quiz/view.php?id=3"))).isEqualTo("m1-foundations");
    }

    @Test
    void aSingleParentObjectInsteadOfAListIsRead() {
        Statements s = about("https://x.example/q").set("context", "{\"contextActivities\":{\"parent\":{\"id\":"
                + "\"https://moodle.example/mod/quiz/view.php?id=3\"}}}");
        assertThat(target(s)).isEqualTo("a-listen-quiz");
    }

    @Test
    void theMapLooksUpKeys() {
        assertThat(MAP.target("https://moodle.example/mod/quiz/attempt.php")).isPresent();
        assertThat(MAP.target("https://moodle.example/mod/quiz/")).isEmpty();
        assertThat(MAP.accountHomePage()).contains("https://lms.example");
        assertThat(List.copyOf(MAP.activities().keySet())).hasSize(5);
    }
}

package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.Statements.voiding;
import static dev.tandem.io.xapi.XapiTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evidence.EvidenceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Statement ids": re-sent copies, conflicting ids, and voiding combined with both. */
class XapiResendTest {

    private static final String A = "a0000000-0000-4000-8000-00000000000a";
    private static final String B = "b0000000-0000-4000-8000-00000000000b";
    private static final String VA = "f0000000-0000-4000-8000-0000000000a1";

    private static List<Double> scores(XapiTesting.Read r) {
        return r.records().stream().map(x -> ((EvidenceRecord.Attempt) x).score()).toList();
    }

    @Test
    void aReSentCopyIsIgnoredAfterTheFirstAndCounted() {
        Statements s = statement(PASSED, QUIZ).id(A).raw(9);
        XapiTesting.Read r = lines(s, s.copy(), statement(PASSED, QUIZ).id(B).raw(5), s.copy());
        assertThat(scores(r)).containsExactly(9.0, 5.0);
        assertThat(r.summary().resent()).isEqualTo(2);
        assertThat(r.summary().statements()).isEqualTo(4);
        assertThat(r.warnings()).containsExactly("2 statements re-sent (same id and content): ignored after the first");
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void theSameIdWithOtherContentIsAnErrorAtTheLaterStatement() {
        XapiTesting.Read r = lines(statement(PASSED, QUIZ).id(A).raw(9), statement(PASSED, QUIZ).id(A).raw(5));
        assertThat(scores(r)).containsExactly(9.0);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p).startsWith(
                "statement 2 (2:1): id: statement 1 has the same id and other content"));
        assertThat(r.summary().rejected()).isEqualTo(1);
    }

    @Test
    void aCopyIsTheSameContentUnderXapisStatementComparison() {
        Statements first = statement(PASSED, QUIZ).id(A).raw(9).timestamp("2026-03-02T14:00:00Z");
        Statements copy = first.copy().id(A.toUpperCase(Locale.ROOT)).timestamp("2026-03-02T16:00:00.000+02:00")
                .stored("2026-03-02T14:00:05Z").set("authority", "{\"mbox\":\"mailto:lrs@lms.example\"}")
                .set("version", "\"1.0.3\"").set("attachments", "[{\"usageType\":\"http://id.example/x\"}]")
                .set("verb", "{\"id\":\"" + PASSED + "\",\"display\":{\"en-US\":\"passed\"}}");
        XapiTesting.Read r = lines(first, copy);
        assertThat(r.summary().resent()).isEqualTo(1);
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void theOrderOfPropertiesDoesNotMatter() {
        String first = "{\"id\":\"" + A + "\",\"actor\":{\"mbox\":\"mailto:a@b.org\"},\"verb\":{\"id\":\"" + PASSED
                + "\"},\"object\":{\"id\":\"" + QUIZ + "\"},\"result\":{\"score\":{\"raw\":9,\"max\":10}},"
                + "\"timestamp\":\"2026-03-02T14:00:00Z\"}";
        String copy = "{\"timestamp\":\"2026-03-02T14:00:00Z\",\"result\":{\"score\":{\"max\":10.0,\"raw\":9}},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + QUIZ + "\"},\"verb\":{\"id\":\"" + PASSED
                + "\"},\"actor\":{\"mbox\":\"mailto:a@b.org\"},\"id\":\"" + A + "\"}";
        XapiTesting.Read r = XapiTesting.read(first + "\n" + copy + "\n");
        assertThat(r.summary().resent()).isEqualTo(1);
        assertThat(r.records()).hasSize(1);
    }

    @Test
    void aDifferentTimeOrActorOrResultIsOtherContent() {
        Statements first = statement(PASSED, QUIZ).id(A).raw(9);
        for (Statements other : List.of(first.copy().timestamp("2026-03-02T14:00:01Z"),
                first.copy().account("https://lms.example", "L-002"), first.copy().raw(8),
                first.copy().set("context", "{\"registration\":\"" + B + "\"}"))) {
            assertThat(lines(first, other).summary().problems()).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("id"));
        }
    }

    @Test
    void anIdThatIsNoUuidIsAnError() {
        assertThat(lines(statement(PASSED, QUIZ).id("attempt-1").raw(9)).problems()).containsExactly(
                "statement 1 (1:1): id: is not a statement id (a UUID such as 6f1c0c52-0001-4d6e-9c1a-000000000001)");
    }

    /** Every order of a statement, its copy, a voiding of it, the voiding's copy and another statement. */
    @Test
    void voidingInEveryOrderCombinedWithReSendsRemovesTheStatementAndCountsEachCopyOnce() {
        Statements a = statement(PASSED, QUIZ).id(A).raw(9);
        Statements v = voiding(VA, A.toUpperCase(Locale.ROOT));
        List<Statements> all = List.of(a, a.copy(), v, v.copy(), statement(PASSED, QUIZ).id(B).raw(5));
        List<List<Statements>> orders = permutations(all);
        assertThat(orders).hasSize(120);
        for (Function<List<Statements>, String> layout : List.<Function<List<Statements>, String>>of(
                Statements::lines, Statements::array, list -> Statements.pages(list, 2), Statements::pretty)) {
            for (List<Statements> order : orders) {
                XapiTesting.Read r = XapiTesting.read(layout.apply(order));
                assertThat(scores(r)).containsExactly(5.0);
                XapiSummary s = r.summary();
                assertThat(s.voided()).isEqualTo(1);
                assertThat(s.voiding()).isEqualTo(1);
                assertThat(s.resent()).isEqualTo(2);
                assertThat(s.accepted()).isEqualTo(1);
                assertThat(s.problems()).isEmpty();
                assertThat(r.warnings()).containsExactly("2 statements re-sent (same id and content): ignored after "
                        + "the first");
            }
        }
    }

    @Test
    void voidingAStatementWhoseIdWasReusedWithOtherContentRemovesTheFirstAndKeepsTheError() {
        XapiTesting.Read r = lines(statement(PASSED, QUIZ).id(A).raw(9), statement(PASSED, QUIZ).id(A).raw(5),
                voiding(VA, A));
        assertThat(r.records()).isEmpty();
        assertThat(r.summary().voided()).isEqualTo(1);
        assertThat(r.summary().rejected()).isEqualTo(1);
        assertThat(r.summary().problems()).singleElement().satisfies(p -> assertThat(p.statement()).isEqualTo(2));
    }

    @Test
    void aVoidedStatementReSentAfterTheVoidingIsStillVoided() {
        Statements a = statement(PASSED, QUIZ).id(A).raw(9);
        XapiTesting.Read r = lines(voiding(VA, A), a, a.copy());
        assertThat(r.records()).isEmpty();
        assertThat(r.summary().voided()).isEqualTo(1);
        assertThat(r.summary().resent()).isEqualTo(1);
    }

    @Test
    void thousandsOfIdsKeepTheirVoidingAndReSends() {
        List<Statements> statements = new ArrayList<>();
        int n = 5000;
        for (int i = 0; i < n; i++) {
            Statements s = statement(PASSED, QUIZ).id(String.format("a0000000-0000-4000-8000-%012d", i)).raw(i % 11);
            statements.add(s);
            if (i % 7 == 0) {
                statements.add(s.copy());
            }
        }
        for (int i = 0; i < n; i += 3) {
            statements.add(voiding(String.format("f0000000-0000-4000-8000-%012d", i),
                    String.format("a0000000-0000-4000-8000-%012d", i)));
        }
        XapiTesting.Read r = XapiTesting.read(Statements.lines(statements));
        XapiSummary s = r.summary();
        long voided = (n + 2) / 3;
        assertThat(s.voided()).isEqualTo(voided);
        assertThat(s.voiding()).isEqualTo(voided);
        assertThat(s.resent()).isEqualTo((n + 6) / 7);
        assertThat(s.accepted()).isEqualTo(n - voided);
        assertThat(r.records()).hasSize((int) (n - voided));
        assertThat(scores(r).subList(0, 3)).containsExactly(1.0, 2.0, 4.0);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}

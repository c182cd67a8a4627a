package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.XapiTesting.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evidence.EvidenceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Input shapes": statements are found by content, not by lines. */
class XapiShapesTest {

    private static final List<Statements> THREE = List.of(statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ)
            .raw(7), statement(PASSED, QUIZ).raw(3));

    private static List<Double> scores(XapiTesting.Read r) {
        return r.records().stream().map(x -> ((EvidenceRecord.Attempt) x).score()).toList();
    }

    @Test
    void aStatementResultAsGetStatementsReturnsItIsRead() {
        XapiTesting.Read r = read("{\"statements\":" + Statements.array(THREE) + ",\"more\":\"\"}");
        assertThat(scores(r)).containsExactly(9.0, 7.0, 3.0);
        assertThat(r.summary().statements()).isEqualTo(3);
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void theMoreLinkMayComeFirst() {
        XapiTesting.Read r = read("{\"more\":\"/xapi/statements?more=2\",\"statements\":" + Statements.array(THREE)
                + "}");
        assertThat(scores(r)).containsExactly(9.0, 7.0, 3.0);
    }

    @Test
    void pagesOneAfterAnotherAreReadInOrderAndNumberedAcrossPages() {
        XapiTesting.Read r = read(Statements.pages(List.of(statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ)
                .raw(7), statement(PASSED, QUIZ), statement(PASSED, QUIZ).raw(3)), 2));
        assertThat(scores(r)).containsExactly(9.0, 7.0, 3.0);
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(3);
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void anEmptyPageHasNoStatements() {
        XapiTesting.Read r = read("{\"statements\":[],\"more\":\"\"}");
        assertThat(r.summary().statements()).isZero();
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void aSingleStatementIsRead() {
        assertThat(scores(read(statement(PASSED, QUIZ).raw(9).json()))).containsExactly(9.0);
    }

    @Test
    void prettyPrintedStatementsOneAfterAnotherAreReadWithTheLineAndColumnWhereEachStarts() {
        List<Statements> statements = List.of(statement(PASSED, QUIZ).raw(9), statement(PASSED, QUIZ));
        String text = Statements.pretty(statements);
        XapiTesting.Read r = read(text);
        long secondLine = text.lines().takeWhile(l -> !l.equals("}")).count() + 2;
        assertThat(scores(r)).containsExactly(9.0);
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.line()).isEqualTo(secondLine);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.toString()).startsWith("statement 2 (" + secondLine + ":1): result: ");
        });
    }

    @Test
    void aPrettyPrintedArrayIsRead() {
        String text = "[\n" + String.join(",\n", THREE.stream().map(Statements::pretty).toList()) + "\n]\n";
        assertThat(scores(read(text))).containsExactly(9.0, 7.0, 3.0);
    }

    @Test
    void theColumnTellsApartStatementsOnOneLine() {
        String one = statement(PASSED, QUIZ).raw(9).json();
        XapiTesting.Read r = read("[" + one + "," + statement(PASSED, QUIZ).json() + "]");
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(one.length() + 3);
        });
    }

    @Test
    void aBrokenPrettyPrintedStatementCostsOnlyItselfAndReadingGoesOnAtTheNextStatement() {
        String broken = statement(PASSED, QUIZ).raw(5).pretty().replace("\"raw\" : 5.0", "\"raw\" : ");
        String text = statement(PASSED, QUIZ).raw(9).pretty() + "\n" + broken + "\n" + statement(PASSED, QUIZ).raw(7)
                .pretty() + "\n";
        XapiTesting.Read r = read(text);
        assertThat(scores(r)).containsExactly(9.0, 7.0);
        assertThat(r.summary().statements()).isEqualTo(3);
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.message()).startsWith("is not well-formed JSON at ");
        });
    }

    @Test
    void messagesAboutBrokenJsonNeverRepeatTheParsersWording() {
        XapiTesting.Read r = read("{\"actor\": nonsense}\n[1, 2\n");
        assertThat(r.problems()).hasSize(4).allSatisfy(m -> assertThat(m).doesNotContain("nonsense")
                .doesNotContainIgnoringCase("token").doesNotContain("Unrecognized").doesNotContain("Unexpected")
                .doesNotContain("source"));
        assertThat(r.problems().get(0)).startsWith("statement 1 (1:1): is not well-formed JSON at 1:");
        assertThat(r.problems().get(3)).isEqualTo("at 3:1: the file ends inside a statement; the statements after "
                + "this point were not read");
    }

    @Test
    void aValueThatIsNoStatementIsAnError() {
        XapiTesting.Read r = read("[42, " + statement(PASSED, QUIZ).raw(9).json() + "]");
        assertThat(scores(r)).containsExactly(9.0);
        assertThat(r.problems()).containsExactly("statement 1 (1:2): a statement is a JSON object");
    }

    @Test
    void everyShapeMixedInOneFileIsRead() {
        String text = statement(PASSED, QUIZ).raw(1).json() + "\n" + Statements.array(List.of(statement(PASSED, QUIZ)
                .raw(2))) + "\n" + Statements.pages(List.of(statement(PASSED, QUIZ).raw(3)), 5) + statement(PASSED, QUIZ)
                .raw(4).pretty();
        assertThat(scores(read(text))).containsExactly(1.0, 2.0, 3.0, 4.0);
    }
}

package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.PASSED;
import static dev.tandem.io.xapi.Statements.QUIZ;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.Statements.voiding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.casepackage.Curricula;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class XapiVoidingTest {

    private static final Curriculum CURRICULUM = Curricula.community();
    private static final XapiMap MAP = XapiMap.of(Map.of(QUIZ,
            new ActivityTarget.OfAssessment(AssessmentId.of("a-listen-quiz")))).withAccountHomePage("https://lms.example");
    private static final String A = "a0000000-0000-4000-8000-000000000001";
    private static final String B = "a0000000-0000-4000-8000-000000000002";
    private static final String C = "a0000000-0000-4000-8000-000000000003";

    private record Read(List<Double> scores, XapiSummary summary) {
    }

    private static Read read(List<Statements> statements, Function<List<Statements>, String> layout) {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiSummary summary = XapiReader.of(CURRICULUM, MAP).read(new ByteArrayInputStream(
                layout.apply(statements).getBytes(StandardCharsets.UTF_8)), records::add);
        return new Read(records.stream().map(r -> ((EvidenceRecord.Attempt) r).score()).toList(), summary);
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

    @Test
    void aVoidedStatementIsRemovedInEveryOrderOfTheFileAsLinesAndAsArray() {
        List<Statements> statements = List.of(statement(PASSED, QUIZ).id(A).raw(9), statement(PASSED, QUIZ).id(B)
                .raw(5), statement(PASSED, QUIZ).id(C).raw(7), voiding("f0000000-0000-4000-8000-000000000001", A),
                voiding("f0000000-0000-4000-8000-000000000002", C.toUpperCase()));
        List<List<Statements>> orders = permutations(statements);
        assertThat(orders).hasSize(120);
        for (Function<List<Statements>, String> layout : List.<Function<List<Statements>, String>>of(
                Statements::lines, Statements::array)) {
            for (List<Statements> order : orders) {
                Read r = read(order, layout);
                assertThat(r.scores()).containsExactly(5.0);
                assertThat(r.summary().voided()).isEqualTo(2);
                assertThat(r.summary().voiding()).isEqualTo(2);
                assertThat(r.summary().problems()).isEmpty();
                assertThat(r.summary().warnings()).isEmpty();
            }
        }
    }

    @Test
    void theRecordsThatRemainKeepTheirFileOrder() {
        Read r = read(List.of(voiding("f0000000-0000-4000-8000-000000000001", B), statement(PASSED, QUIZ).id(A).raw(9),
                statement(PASSED, QUIZ).id(B).raw(5), statement(PASSED, QUIZ).raw(3), statement(PASSED, QUIZ).id(C)
                        .raw(7)), Statements::lines);
        assertThat(r.scores()).containsExactly(9.0, 3.0, 7.0);
    }

    @Test
    void voidingAnIdNotInTheFileIsAWarning() {
        Read r = read(List.of(statement(PASSED, QUIZ).id(A).raw(9), voiding("f0000000-0000-4000-8000-000000000001",
                B)), Statements::lines);
        assertThat(r.scores()).containsExactly(9.0);
        assertThat(r.summary().warnings()).singleElement().satisfies(w -> {
            assertThat(w.statement()).isEqualTo(2);
            assertThat(w.message()).isEqualTo("voids statement " + B + ", which is not in the file");
        });
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void aVoidedMalformedStatementIsRemovedWithItsProblems() {
        Read r = read(List.of(statement(PASSED, QUIZ).id(A), voiding("f0000000-0000-4000-8000-000000000001", A)),
                Statements::lines);
        assertThat(r.scores()).isEmpty();
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.summary().voided()).isEqualTo(1);
    }

    @Test
    void aVoidingStatementCannotBeVoided() {
        String v1 = "f0000000-0000-4000-8000-000000000001";
        Read r = read(List.of(statement(PASSED, QUIZ).id(A).raw(9), voiding(v1, A),
                voiding("f0000000-0000-4000-8000-000000000002", v1)), Statements::lines);
        assertThat(r.scores()).isEmpty();
        assertThat(r.summary().warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("cannot be voided"));
    }

    @Test
    void aVoidingStatementWithoutStatementRefIsAnError() {
        Statements bad = voiding("f0000000-0000-4000-8000-000000000001", A);
        String json = bad.json().replace("StatementRef", "Activity");
        Read r = read(List.of(statement(PASSED, QUIZ).id(A).raw(9)), list -> Statements.lines(list) + json + "\n");
        assertThat(r.scores()).containsExactly(9.0);
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("object");
        });
    }
}

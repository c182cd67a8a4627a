package dev.tandem.io.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.escalation.SignalValue;
import dev.tandem.io.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationReaderTest {

    private final ObservationReader reader = ObservationReader.create();

    @Test
    void eachLineIsOneObservationInInputOrder() {
        List<ObservationLine> lines = reader.read("{\"distress\":7,\"plan\":true}\n{\"intent\":false}\n");

        assertThat(lines).extracting(ObservationLine::line).containsExactly(1, 2);
        assertThat(lines.get(0).observation().display()).isEqualTo("{\"distress\":7,\"plan\":true}");
        assertThat(lines.get(1).observation().display()).isEqualTo("{\"intent\":false}");
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        List<ObservationLine> lines = reader.read("\n{}\r\n  \n{\"plan\":true}");

        assertThat(lines).extracting(ObservationLine::line).containsExactly(2, 4);
    }

    @Test
    void aLineThatIsNotJsonIsAProblemOnItsLine() {
        List<ObservationLine> lines = reader.read("{\"plan\":true}\n{plan: true}\n");

        assertThat(lines.get(1).isValid()).isFalse();
        assertThat(lines.get(1).line()).isEqualTo(2);
        assertThat(lines.get(1).problems()).singleElement().asString().startsWith("not valid JSON");
    }

    @Test
    void aLineThatIsNotAnObjectIsAProblem() {
        assertThat(reader.read("[1,2]").get(0).problems()).singleElement().asString()
                .contains("expected one JSON object");
    }

    @Test
    void somethingAfterTheObjectIsAProblem() {
        assertThat(reader.read("{\"plan\":true} {\"intent\":true}").get(0).isValid()).isFalse();
    }

    @Test
    void nullListsAndObjectsAreNotValues() {
        ObservationLine line = reader.read("{\"a\":null,\"b\":[1],\"c\":{\"d\":1}}").get(0);

        assertThat(line.problems()).containsExactly("signal 'a': give true, false or a number, not null",
                "signal 'b': give true, false or a number, not a list",
                "signal 'c': give true, false or a number, not an object");
    }

    @Test
    void textIsKeptSoThatDecidingCanNameIt() {
        ObservationLine line = reader.read("{\"distress\":\"high\"}").get(0);

        assertThat(line.observation().values()).containsValue(SignalValue.of("high"));
    }

    @Test
    void aSignalGivenTwiceIsAProblem() {
        assertThat(reader.read("{\"plan\":true,\"plan\":false}").get(0).problems())
                .containsExactly("signal 'plan' is given twice");
    }

    @Test
    void anInvalidSignalNameIsAProblem() {
        assertThat(reader.read("{\"Plan!\":true}").get(0).problems()).singleElement().asString()
                .contains("'Plan!' is not a signal id");
    }

    @Test
    void aTooLongLineIsAProblemAndTheNextLineIsStillRead() {
        ObservationReader small = ObservationReader.create(ReadOptions.defaults().withMaxStringLength(20));

        List<ObservationLine> lines = small.read("{\"distress\":7,\"plan\":true,\"intent\":true}\n{\"plan\":true}");

        assertThat(lines.get(0).problems()).containsExactly("the line is longer than 20 characters");
        assertThat(lines.get(1).isValid()).isTrue();
    }

    @Test
    void assignmentsReadBooleansAndNumbers() {
        ObservationLine line = reader.parseAssignments(List.of("plan=true", "distress=7.5", "intent=false"));

        assertThat(line.observation().display()).isEqualTo("{\"plan\":true,\"distress\":7.5,\"intent\":false}");
        assertThat(line.line()).isZero();
    }

    @Test
    void anAssignmentThatIsNeitherBooleanNorNumberStaysText() {
        ObservationLine line = reader.parseAssignments(List.of("plan=yes", "distress=0x10", "x=NaN"));

        assertThat(line.observation().display()).isEqualTo("{\"plan\":\"yes\",\"distress\":\"0x10\",\"x\":NaN}");
    }

    @Test
    void anAssignmentWithoutEqualsIsAProblem() {
        assertThat(reader.parseAssignments(List.of("plan")).problems()).singleElement().asString()
                .contains("expected NAME=VALUE");
    }

    @Test
    void anAssignmentGivenTwiceIsAProblem() {
        assertThat(reader.parseAssignments(List.of("plan=true", "plan=false")).problems())
                .containsExactly("signal 'plan' is given twice");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsIgnored() {
        assertThat(reader.read("\uFEFF{\"plan\":true}").get(0).isValid()).isTrue();
    }
}

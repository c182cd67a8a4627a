package dev.tandem.io.xapi;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.training.ModuleId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading statements in tests: the community curriculum and a map of the test activities. */
final class XapiTesting {

    static final Curriculum CURRICULUM = Curricula.community();
    static final XapiMap MAP = XapiMap.of(Map.of(
            Statements.QUIZ, new ActivityTarget.OfAssessment(AssessmentId.of("a-listen-quiz")),
            Statements.TRIAGE, new ActivityTarget.OfAssessment(AssessmentId.of("a-triage")),
            Statements.FOUNDATIONS, new ActivityTarget.OfModule(ModuleId.of("m1-foundations")),
            Statements.PRACTICE, new ActivityTarget.OfPractice())).withAccountHomePage("https://lms.example");

    /** The records and summary of reading some text. */
    record Read(List<EvidenceRecord> records, XapiSummary summary) {
        /** {@return the warnings as text} */
        List<String> warnings() {
            return summary.warnings().stream().map(XapiProblem::toString).toList();
        }

        /** {@return the errors as text} */
        List<String> problems() {
            return summary.problems().stream().map(XapiProblem::toString).toList();
        }
    }

    private XapiTesting() {
    }

    static Read read(XapiMap map, String text) {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiSummary summary = XapiReader.of(CURRICULUM, map).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), records::add);
        return new Read(records, summary);
    }

    static Read read(String text) {
        return read(MAP, text);
    }

    static Read lines(Statements... statements) {
        return read(Statements.lines(List.of(statements)));
    }

    /** {@return a test resource under {@code /xapi/}, as a file} @param path its path below {@code /xapi/} */
    static java.nio.file.Path resource(String path) {
        try {
            return java.nio.file.Path.of(XapiTesting.class.getResource("/xapi/" + path).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@return the records and summary of reading statement and map files under {@code /xapi/}}
     *
     * @param curriculum the curriculum
     * @param statements the statements' path below {@code /xapi/}
     * @param map        the map's path below {@code /xapi/}
     */
    static Read readFiles(Curriculum curriculum, String statements, String map) {
        List<EvidenceRecord> records = new ArrayList<>();
        XapiSummary summary = XapiReader.read(resource(statements), resource(map), curriculum, records::add);
        return new Read(records, summary);
    }
}

package dev.tandem.io.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.hostile.Examples;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.CompetencyResult;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import dev.tandem.progress.Missing;
import dev.tandem.progress.ModuleResult;
import dev.tandem.progress.ModuleStatus;
import dev.tandem.training.ModuleId;
import dev.tandem.training.TrainingModule;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON and CSV of a generated cohort, read back with Jackson's tree model and CSV parser, against the
 * progress values they were written from, as docs/evidence.md describes each format. Some learners are built by
 * hand with what the curriculum never gives: ids and messages that need escaping, instants with fractions and
 * beyond the year 9999, levels of no scale, results in another order and a competency of no curriculum.
 */
class ProgressOutputReferenceTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Curriculum curriculum;
    private static List<LearnerProgress> learners;

    @BeforeAll
    static void cohort() throws IOException {
        curriculum = Examples.curriculum("community");
        learners = new ArrayList<>(GeneratedCohorts.of(curriculum, 600, 8, 11).evaluate(AS_OF).toList());
        learners.add(unusual("~ \"quoted\" \\ back\u00e9\u2028slash", Instant.parse("2027-01-01T00:00:00.5Z"),
                "attempt \"x\" <ignored> \u00e9"));
        learners.add(unusual("~=SUM(A1)", Instant.parse("+10000-01-01T00:00:00Z"), "-1"));
        learners.add(unusual("~\u65e5\u672c", Instant.parse("2026-06-01T12:34:56.000000789Z"), "+1"));
    }

    /** A learner whose results come in reverse order, with one competency of no curriculum. */
    private static LearnerProgress unusual(String id, Instant at, String message) {
        List<CompetencyResult> competencies = new ArrayList<>();
        competencies.add(new CompetencyResult(CompetencyId.of("zz-extra"), "legendary", at, "legendary", null,
                List.of()));
        List<Competency> all = curriculum.competencies();
        for (int i = all.size() - 1; i >= 0; i--) {
            competencies.add(new CompetencyResult(all.get(i).id(), i % 2 == 0 ? "proficient" : null,
                    i % 3 == 0 ? at : null, null, null, List.of()));
        }
        List<ModuleResult> modules = new ArrayList<>();
        List<TrainingModule> allModules = curriculum.modules();
        for (int i = allModules.size() - 1; i >= 0; i--) {
            modules.add(new ModuleResult(allModules.get(i).id(), ModuleStatus.values()[i % 4], null, List.of(),
                    List.of()));
        }
        CertificationResult certification = new CertificationResult(CertificationStatus.LAPSED, at,
                List.of(new Missing.Module(ModuleId.of("m-other"), ModuleStatus.LOCKED),
                        new Missing.Competency(CompetencyId.of("zz-extra"), "legendary", "aware"),
                        new Missing.Practice(40, 2.25)), 0.125);
        return new LearnerProgress(LearnerId.of(id), AS_OF, 1, competencies, modules, certification, List.of(),
                List.of(new LearnerWarning(LearnerWarning.IGNORED_ATTEMPT, AssessmentId.of("a1-quiz"), at,
                        message)));
    }

    private static String write(ProgressFormat format) throws IOException {
        StringWriter out = new StringWriter();
        try (ProgressWriter writer = ProgressWriter.open(format, out, curriculum, AS_OF)) {
            for (LearnerProgress p : learners) {
                writer.write(p);
            }
        }
        return out.toString();
    }

    /** {@return the instant as ISO-8601 in UTC, as java.time's ISO_INSTANT formats it, or null} */
    private static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String text(JsonNode node) {
        assertThat(node).isNotNull();
        return node.isNull() ? null : node.textValue();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whole numbers are integers in the JSON; others decimals of the same value. */
    private static void assertNumber(JsonNode node, double value) {
        assertThat(node.isNumber()).isTrue();
        assertThat(node.doubleValue()).isEqualTo(value);
        assertThat(node.isIntegralNumber()).isEqualTo(value == Math.rint(value));
    }

    @Test
    void theJsonHoldsEveryValueOfEveryLearner() throws IOException {
        JsonNode doc = JSON.readTree(write(ProgressFormat.JSON));
        assertThat(names(doc)).containsExactly("curriculum", "version", "asOf", "learners");
        assertThat(doc.get("curriculum").textValue()).isEqualTo(curriculum.id());
        assertThat(doc.get("version").textValue()).isEqualTo(curriculum.version());
        assertThat(doc.get("asOf").textValue()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(doc.get("learners").size()).isEqualTo(learners.size());
        for (int i = 0; i < learners.size(); i++) {
            assertLearner(doc.get("learners").get(i), learners.get(i));
        }
    }

    @Test
    void theJsonHasTheBytesJacksonWritesForTheSameTree() throws IOException {
        // parts written whole (names, instants, competencies) must be what the generator would have written
        String json = write(ProgressFormat.JSON);
        assertThat(json).isEqualTo(JSON.writeValueAsString(JSON.readTree(json)) + "\n");
    }

    private static void assertLearner(JsonNode l, LearnerProgress p) {
        assertThat(names(l)).containsExactly("learner", "competencies", "modules", "certification", "warnings");
        assertThat(l.get("learner").textValue()).isEqualTo(p.learner().value());
        JsonNode competencies = l.get("competencies");
        assertThat(names(competencies)).containsExactlyElementsOf(
                p.competencies().stream().map(c -> c.competency().value()).toList());
        for (CompetencyResult c : p.competencies()) {
            JsonNode node = competencies.get(c.competency().value());
            assertThat(names(node)).containsExactly("level", "validUntil");
            assertThat(text(node.get("level"))).isEqualTo(c.level());
            assertThat(text(node.get("validUntil"))).isEqualTo(iso(c.validUntil()));
        }
        JsonNode modules = l.get("modules");
        assertThat(names(modules)).containsExactlyElementsOf(
                p.modules().stream().map(m -> m.module().value()).toList());
        for (ModuleResult m : p.modules()) {
            assertThat(modules.get(m.module().value()).textValue()).isEqualTo(m.status().id());
        }
        assertCertification(l.get("certification"), p.certification().orElse(null));
        JsonNode warnings = l.get("warnings");
        assertThat(warnings.size()).isEqualTo(p.warnings().size());
        for (int w = 0; w < p.warnings().size(); w++) {
            LearnerWarning expected = p.warnings().get(w);
            JsonNode node = warnings.get(w);
            assertThat(names(node)).containsExactly("code", "assessment", "at", "message");
            assertThat(node.get("code").textValue()).isEqualTo(expected.code());
            assertThat(node.get("assessment").textValue()).isEqualTo(expected.assessment().value());
            assertThat(node.get("at").textValue()).isEqualTo(iso(expected.at()));
            assertThat(node.get("message").textValue()).isEqualTo(expected.message());
        }
    }

    private static void assertCertification(JsonNode node, CertificationResult expected) {
        if (expected == null) {
            assertThat(node.isNull()).isTrue();
            return;
        }
        assertThat(names(node)).containsExactly("status", "expiresAt", "missing");
        assertThat(node.get("status").textValue()).isEqualTo(expected.status().id());
        assertThat(text(node.get("expiresAt"))).isEqualTo(iso(expected.expiresAt()));
        assertThat(node.get("missing").size()).isEqualTo(expected.missing().size());
        Iterator<JsonNode> missing = node.get("missing").elements();
        for (Missing m : expected.missing()) {
            JsonNode actual = missing.next();
            assertThat(actual.get("type").textValue()).isEqualTo(m.type());
            if (m instanceof Missing.Module module) {
                assertThat(names(actual)).containsExactly("type", "id", "status");
                assertThat(actual.get("id").textValue()).isEqualTo(module.id().value());
                assertThat(actual.get("status").textValue()).isEqualTo(module.status().id());
            } else if (m instanceof Missing.Competency competency) {
                assertThat(names(actual)).containsExactly("type", "id", "required", "attained");
                assertThat(actual.get("id").textValue()).isEqualTo(competency.id().value());
                assertThat(actual.get("required").textValue()).isEqualTo(competency.required());
                assertThat(text(actual.get("attained"))).isEqualTo(competency.attained());
            } else if (m instanceof Missing.Practice practice) {
                assertThat(names(actual)).containsExactly("type", "required", "recorded");
                assertNumber(actual.get("required"), practice.required());
                assertNumber(actual.get("recorded"), practice.recorded());
            } else {
                throw new AssertionError("no such missing item in this curriculum: " + m);
            }
        }
    }

    @Test
    void theCsvHasTheRowsOfEveryValueOfEveryLearner() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(write(ProgressFormat.CSV))) {
            it.forEachRemaining(row -> rows.add(List.of(row)));
        }
        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("learner", "item_type", "item", "value", "valid_until"));
        for (LearnerProgress p : learners) {
            expected.addAll(csvRows(p));
        }
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            List<String> want = expected.get(i);
            if ("practice".equals(want.get(1))) {
                // the hours counted: whole as an integer, else a decimal of the same value
                assertThat(row.subList(0, 3)).as("row %d", i).isEqualTo(want.subList(0, 3));
                double hours = Double.parseDouble(want.get(3));
                assertThat(Double.parseDouble(row.get(3))).as("row %d", i).isEqualTo(hours);
                assertThat(row.get(3).contains(".")).isEqualTo(hours != Math.rint(hours));
                assertThat(row.get(4)).isEmpty();
            } else {
                assertThat(row).as("row %d", i).isEqualTo(want);
            }
        }
    }

    /** {@return the rows docs/evidence.md gives a learner}; the practice row's value is the double's text */
    private static List<List<String>> csvRows(LearnerProgress p) {
        String learner = safe(p.learner().value());
        List<List<String>> rows = new ArrayList<>();
        for (CompetencyResult c : p.competencies()) {
            rows.add(List.of(learner, "competency", safe(c.competency().value()), safe(c.level()),
                    empty(iso(c.validUntil()))));
        }
        for (ModuleResult m : p.modules()) {
            rows.add(List.of(learner, "module", safe(m.module().value()), m.status().id(),
                    empty(iso(m.validUntil()))));
        }
        CertificationResult cert = p.certification().orElse(null);
        if (cert != null) {
            rows.add(List.of(learner, "certification", "status", cert.status().id(), empty(iso(cert.expiresAt()))));
            if (cert.practiceHours() != null) {
                rows.add(List.of(learner, "practice", "hours", Double.toString(cert.practiceHours()), ""));
            }
            for (Missing m : cert.missing()) {
                String item = m instanceof Missing.Module module ? "module:" + module.id()
                        : m instanceof Missing.Competency competency ? "competency:" + competency.id()
                        : "practice";
                rows.add(List.of(learner, "missing", safe(item), safe(m.why()), ""));
            }
        }
        for (LearnerWarning w : p.warnings()) {
            rows.add(List.of(learner, "warning", w.assessment().value(), safe(w.message()), ""));
        }
        return rows;
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe; null is empty. */
    private static String safe(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }

    @Test
    void theCohortHasWhatTheComparisonsNeed() {
        // the generated cohort must reach the branches the comparisons check, or they prove little
        assertThat(learners.stream().filter(p -> p.certification().isPresent())
                .flatMap(p -> p.certification().get().missing().stream())
                .map(Missing::type).collect(Collectors.toSet()))
                .contains("module", "competency", "practice");
        assertThat(learners.stream().flatMap(p -> p.competencies().stream())
                .filter(c -> c.validUntil() != null).count()).isGreaterThan(100);
        assertThat(learners.stream().map(p -> p.certification().map(c -> c.status()).orElse(null)).distinct()
                .count()).isGreaterThan(1);
        assertThat(learners.stream().map(LearnerProgress::learner).sorted(Comparator.naturalOrder()).toList())
                .isEqualTo(learners.stream().map(LearnerProgress::learner).toList());
    }
}

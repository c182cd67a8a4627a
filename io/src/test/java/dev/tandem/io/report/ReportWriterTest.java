package dev.tandem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.analytics.Grouping;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON and CSV outputs of a report. */
class ReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(ReportOptions options) throws IOException {
        return JSON.readTree(ReportWriter.toString(ReportSamples.report(options), ReportSamples.curriculum(),
                ReportFormat.JSON));
    }

    private static List<List<String>> csv(ReportOptions options) throws IOException {
        String text = ReportWriter.toString(ReportSamples.report(options), ReportSamples.curriculum(),
                ReportFormat.CSV);
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        }
    }

    @Test
    void writesTheJsonShapeOfTheFormat() throws IOException {
        JsonNode r = json(ReportOptions.at(ReportSamples.AS_OF));
        assertThat(r.get("curriculum").asText()).isEqualTo("peer-support");
        assertThat(r.get("asOf").asText()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(r.get("learners").asInt()).isEqualTo(25);
        assertThat(r.get("minCell").asInt()).isEqualTo(5);
        assertThat(r.at("/certification/certified").toString())
                .isEqualTo("{\"count\":12,\"share\":0.48,\"suppressed\":false}");
        assertThat(r.get("certification").fieldNames()).toIterable().containsExactly("certified", "lapsed",
                "in-progress", "not-started");
        assertThat(r.at("/competencies/listen").fieldNames()).toIterable().containsExactly("none", "aware",
                "developing", "proficient", "advanced");
        assertThat(r.at("/modules/m1").fieldNames()).toIterable().containsExactly("completed", "in-progress",
                "locked", "not-started");
        assertThat(r.at("/assessments/q1/learners/count").asInt()).isEqualTo(25);
        assertThat(r.at("/assessments/q1/attempts").asInt()).isEqualTo(25);
        assertThat(r.at("/assessments/q1/firstAttemptPassRate").asDouble()).isEqualTo(0.8);
        assertThat(r.at("/assessments/q1/passRate").asDouble()).isEqualTo(0.8);
        assertThat(r.at("/vignettes/s1~1v1").toString()).startsWith("{\"under\":{\"count\":8,\"share\":0.4,"
                + "\"suppressed\":false},\"match\":{\"count\":12,\"share\":0.6,\"suppressed\":false},\"over\":");
        assertThat(r.at("/vignettes/s1~1v1/chosen/consult/count").asInt()).isEqualTo(8);
        assertThat(r.at("/timeToCertification/median").asDouble()).isEqualTo(25.0);
        assertThat(r.at("/dangerous/0/vignette").asText()).isEqualTo("s1/v1");
    }

    @Test
    void writesASuppressedCellWithNullCountAndShare() throws IOException {
        JsonNode r = json(ReportOptions.at(ReportSamples.AS_OF).withMinCell(10));
        assertThat(r.at("/competencies/listen/none").toString())
                .isEqualTo("{\"count\":null,\"share\":null,\"suppressed\":true}");
        assertThat(r.at("/assessments/s1/learners/count").asInt()).isEqualTo(20);
    }

    @Test
    void nullsAnAssessmentsAttemptsAndRatesWhenItsLearnersAreSuppressed() throws IOException {
        JsonNode q1 = json(ReportOptions.at(ReportSamples.AS_OF).withMinCell(30)).at("/assessments/q1");
        assertThat(q1.at("/learners/suppressed").asBoolean()).isTrue();
        assertThat(q1.get("attempts").isNull()).isTrue();
        assertThat(q1.get("firstAttemptPassRate").isNull()).isTrue();
        assertThat(q1.get("passRate").isNull()).isTrue();
    }

    @Test
    void writesMonthsWithTheSameFigures() throws IOException {
        JsonNode months = json(ReportOptions.at(ReportSamples.AS_OF).withGrouping(Grouping.MONTH)).get("months");
        assertThat(months).extracting(m -> m.get("month").asText()).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(months.get(0).at("/learners/count").asInt()).isEqualTo(12);
        assertThat(months.get(0).at("/certification/certified/count").asInt()).isEqualTo(12);
        assertThat(months.get(1).at("/vignettes/s1~1v1/under/count").asInt()).isEqualTo(8);
    }

    @Test
    void writesTidyCsvWithOneObservationPerRow() throws IOException {
        List<List<String>> rows = csv(ReportOptions.at(ReportSamples.AS_OF));
        assertThat(rows.get(0)).containsExactly("population", "figure", "item", "category", "bin_from", "bin_to",
                "count", "share", "suppressed", "statistic", "value");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(11));
        assertThat(rows).contains(List.of("all", "learners", "", "", "", "", "25", "1.000000", "false", "", ""),
                List.of("all", "certification", "", "certified", "", "", "12", "0.480000", "false", "", ""),
                List.of("all", "competency", "listen", "proficient", "", "", "20", "0.800000", "false", "", ""),
                List.of("all", "module", "m2", "locked", "", "", "5", "0.200000", "false", "", ""),
                List.of("all", "assessment", "q1", "", "", "", "", "", "false", "pass_rate", "0.8"),
                List.of("all", "time_to_certification", "days", "[0,30)", "0", "30", "6", "0.500000", "false", "",
                        ""),
                List.of("all", "time_to_certification", "days", "", "", "", "", "", "false", "median", "25"),
                List.of("all", "vignette", "s1/v1", "under", "", "", "8", "0.400000", "false", "", ""),
                List.of("all", "vignette_expected", "s1/v1", "refer", "", "", "", "", "", "", ""),
                List.of("all", "vignette_chosen", "s1/v1", "consult", "", "", "8", "0.400000", "false", "", ""));
        assertThat(rows.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(9))).distinct())
                .hasSize(rows.size());
    }

    @Test
    void writesSharesAtFixedPrecisionAndStatisticsWithoutExponents() {
        assertThat(CsvReport.share(8.58e-4)).isEqualTo("0.000858");
        assertThat(CsvReport.share(1.0 / 3)).isEqualTo("0.333333");
        assertThat(CsvReport.number(42.5)).isEqualTo("42.5");
        assertThat(CsvReport.number(3)).isEqualTo("3");
        assertThat(CsvReport.number(1e-7)).isEqualTo("0");
    }

    @Test
    void writesSuppressedCsvCellsEmptyAndFlagged() throws IOException {
        List<List<String>> rows = csv(ReportOptions.at(ReportSamples.AS_OF).withMinCell(10));
        assertThat(rows).contains(List.of("all", "competency", "listen", "none", "", "", "", "", "true", "", ""));
        assertThat(rows.stream().skip(1).filter(r -> !r.get(6).isEmpty()).mapToInt(r -> Integer.parseInt(r.get(6))))
                .allMatch(n -> n == 0 || n >= 10);
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvReport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvReport.text("+1")).isEqualTo("'+1");
        assertThat(CsvReport.text("-1")).isEqualTo("'-1");
        assertThat(CsvReport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReport.text("s1/v1")).isEqualTo("s1/v1");
    }

    @Test
    void neverWritesALearnerId() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportWriter.toString(ReportSamples.report(ReportOptions.at(ReportSamples.AS_OF).withMinCell(1)
                    .withGrouping(Grouping.MONTH)), ReportSamples.curriculum(), f)).doesNotContain("SECRET");
        }
    }

    @Test
    void refusesACurriculumOtherThanTheReports() {
        var other = CurriculumReader.create().read(ReportSamples.CURRICULUM.replace("id: peer-support",
                "id: other"), DocumentFormat.YAML).orElseThrow();
        assertThatThrownBy(() -> ReportWriter.toString(ReportSamples.report(), other, ReportFormat.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peer-support");
    }
}

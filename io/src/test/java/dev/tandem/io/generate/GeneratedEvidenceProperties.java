package dev.tandem.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.escalation.Tier;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every generated line is a valid evidence record for the curriculum, checked field by field on the text
 * as written (FORMAT 6.1), not on the generator's objects.
 */
class GeneratedEvidenceProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Curriculum CURRICULUM = TrainingCurriculum.aCurriculum().build();
    private static final EvidenceGenerator GENERATOR = EvidenceGenerator.of(CURRICULUM);
    private static final Set<String> TIERS = tierIds();

    @Property(tries = 60)
    void everyJsonLineIsAValidRecordForTheCurriculum(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int learners,
            @ForAll @IntRange(min = 1, max = 30) int records) throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(learners, records, seed);
        StringWriter out = new StringWriter();
        GENERATOR.write(settings, EvidenceWriter.Format.JSONL, out);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(learners * records);
        for (String line : lines) {
            checkJson(JSON.readTree(line), settings.start());
        }
    }

    @Property(tries = 60)
    void everyCsvRowIsAValidRecordForTheCurriculum(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int learners,
            @ForAll @IntRange(min = 1, max = 30) int records) throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(learners, records, seed);
        StringWriter out = new StringWriter();
        GENERATOR.write(settings, EvidenceWriter.Format.CSV, out);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(learners * records + 1);
        assertThat(lines[0]).isEqualTo("learner,kind,assessment,module,score,hours,responses,at,by");
        for (int i = 1; i < lines.length; i++) {
            checkCsv(lines[i].split(",", -1), settings.start());
        }
    }

    @Property(tries = 20)
    void theSameSettingsGiveTheSameBytes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int learners)
            throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(learners, 9, seed);
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        GENERATOR.write(settings, EvidenceWriter.Format.CSV, first);
        GENERATOR.write(settings, EvidenceWriter.Format.CSV, second);

        assertThat(first.toString()).isEqualTo(second.toString());
    }

    private static void checkJson(JsonNode record, Instant start) {
        String kind = record.path("kind").asText();
        List<String> fields = new ArrayList<>();
        record.fieldNames().forEachRemaining(fields::add);
        assertThat(record.path("learner").asText()).matches("L-\\d{6}");
        assertThat(Instant.parse(record.path("at").asText())).isAfterOrEqualTo(start);
        switch (kind) {
            case "attempt" -> {
                Assessment a = assessment(record.path("assessment").asText());
                if (a.kind() == AssessmentKind.SCENARIO) {
                    assertThat(fields).containsExactly("learner", "kind", "assessment", "responses", "at");
                    checkResponses(a, record.path("responses"));
                } else {
                    assertThat(fields).containsAnyOf("by", "at").contains("learner", "kind", "assessment", "score")
                            .doesNotContain("module", "hours", "responses");
                    assertThat(record.path("score").isNumber()).isTrue();
                    assertThat(record.path("score").asDouble()).isBetween(0.0, a.effectiveMaxScore());
                }
            }
            case "completion" -> {
                assertThat(fields).containsExactly("learner", "kind", "module", "at");
                checkModule(record.path("module").asText());
            }
            case "practice" -> {
                assertThat(fields).containsExactly("learner", "kind", "hours", "at", "by");
                assertThat(record.path("hours").asDouble()).isPositive();
            }
            default -> throw new AssertionError("unexpected kind: " + record);
        }
    }

    private static void checkCsv(String[] cells, Instant start) {
        assertThat(cells).hasSize(9);
        assertThat(cells[0]).matches("L-\\d{6}");
        assertThat(Instant.parse(cells[7])).isAfterOrEqualTo(start);
        switch (cells[1]) {
            case "attempt" -> {
                Assessment a = assessment(cells[2]);
                assertThat(cells[3]).isEmpty();
                assertThat(cells[5]).isEmpty();
                if (a.kind() == AssessmentKind.SCENARIO) {
                    assertThat(cells[4]).isEmpty();
                    for (String response : cells[6].split(";")) {
                        String[] parts = response.split("=");
                        assertThat(a.vignettes()).anyMatch(v -> v.id().value().equals(parts[0]));
                        assertThat(TIERS).contains(parts[1]);
                    }
                } else {
                    assertThat(Double.parseDouble(cells[4])).isBetween(0.0, a.effectiveMaxScore());
                    assertThat(cells[6]).isEmpty();
                }
            }
            case "completion" -> {
                checkModule(cells[3]);
                assertThat(cells[2] + cells[4] + cells[5] + cells[6] + cells[8]).isEmpty();
            }
            case "practice" -> {
                assertThat(Double.parseDouble(cells[5])).isPositive();
                assertThat(cells[2] + cells[3] + cells[4] + cells[6]).isEmpty();
            }
            default -> throw new AssertionError("unexpected kind: " + String.join(",", cells));
        }
    }

    private static void checkResponses(Assessment a, JsonNode responses) {
        assertThat(responses.isObject()).isTrue();
        Iterator<String> names = responses.fieldNames();
        while (names.hasNext()) {
            String vignette = names.next();
            assertThat(a.vignettes()).anyMatch(v -> v.id().value().equals(vignette));
            assertThat(TIERS).contains(responses.get(vignette).asText());
        }
    }

    private static Assessment assessment(String id) {
        return CURRICULUM.assessment(AssessmentId.of(id)).orElseThrow(() -> new AssertionError("unknown " + id));
    }

    private static void checkModule(String id) {
        assertThat(CURRICULUM.module(ModuleId.of(id))).isPresent();
        assertThat(CURRICULUM.assessmentsOf(ModuleId.of(id))).isEmpty();
    }

    private static Set<String> tierIds() {
        Set<String> ids = new TreeSet<>();
        for (Tier t : CURRICULUM.escalation().orElseThrow().tiers()) {
            ids.add(t.id().value());
        }
        return ids;
    }
}

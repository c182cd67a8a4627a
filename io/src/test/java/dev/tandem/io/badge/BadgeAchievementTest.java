package dev.tandem.io.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.certification.Certification;
import dev.tandem.certification.ModuleSelection;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.casepackage.CaseExportOptions;
import dev.tandem.io.casepackage.CasePackage;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeAchievementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode golden() {
        try (InputStream in = BadgeAchievementTest.class.getResourceAsStream("/badge/certified-peer-specialist.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode export(Curriculum c, CaseExportOptions options) {
        try {
            return JSON.readTree(BadgeAchievement.export(c, options));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode export() {
        return export(Curricula.community(), CaseExportOptions.defaults());
    }

    @Test
    void matchesTheHandWrittenGoldenFileAsAWhole() {
        assertThat(export()).isEqualTo(golden());
    }

    @Test
    void typeContainsAchievementAndContextNamesOpenBadges3() {
        JsonNode badge = export();
        assertThat(badge.get("type").toString()).isEqualTo("[\"Achievement\"]");
        assertThat(badge.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(badge.get("@context").get(1).asText()).contains("/ob/v3p0/");
    }

    @Test
    void nameIsTheCertificationTitle() {
        assertThat(export().get("name").asText()).isEqualTo(golden().get("name").asText());
    }

    @Test
    void theNarrativeListsModulesThenCompetenciesThenPractice() {
        String narrative = export().get("criteria").get("narrative").asText();
        assertThat(narrative.lines().toList()).containsExactly(
                "To earn Certified Peer Specialist:",
                "- Complete the module Foundations of peer support (m1-foundations).",
                "- Complete the module Responding to a crisis (m3-crisis).",
                "- Reach at least the level proficient in Recognises warning signs of suicide (crisis.warning-signs).",
                "- Reach at least the level proficient in Keeps professional boundaries (ethics.boundaries).",
                "- Log 40 hours of supervised practice within 2 years.");
    }

    @Test
    void eachRequiredCompetencyHasOneAlignmentWithItsIdAndTitle() {
        JsonNode alignment = export().get("alignment");
        JsonNode expected = golden().get("alignment");
        assertThat(alignment).hasSize(2);
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("type", "targetCode", "targetName", "targetType", "targetUrl",
                    "targetFramework")) {
                assertThat(alignment.get(i).get(field)).as("alignment %d %s", i, field)
                        .isEqualTo(expected.get(i).get(field));
            }
        }
    }

    @Test
    void alignmentsPointAtTheItemsOfTheCaseExportWithTheSameOptions() throws IOException {
        CaseExportOptions options = CaseExportOptions.defaults().withBaseUri(URI.create("https://case.example.org/"));
        JsonNode badge = export(Curricula.community(), options);
        JsonNode pkg = JSON.readTree(CasePackage.export(Curricula.community(), options));
        for (JsonNode a : badge.get("alignment")) {
            JsonNode item = null;
            for (JsonNode candidate : pkg.get("CFItems")) {
                if (candidate.get("humanCodingScheme").equals(a.get("targetCode"))) {
                    item = candidate;
                }
            }
            assertThat(item).isNotNull();
            assertThat(a.get("targetUrl")).isEqualTo(item.get("uri"));
            assertThat(a.get("targetName")).isEqualTo(item.get("fullStatement"));
            assertThat(a.get("targetFramework")).isEqualTo(pkg.get("CFDocument").get("title"));
        }
        assertThat(badge.get("id").asText()).startsWith("https://case.example.org/achievements/");
    }

    @Test
    void listedModulesAndPracticeWithoutWindowReadNaturally() {
        Curriculum c = Curricula.community().toBuilder().certification(new Certification("Peer Helper",
                ModuleSelection.of(List.of(ModuleId.of("m3-crisis"))), List.of(),
                new dev.tandem.certification.PracticeRequirement(12.5, null))).build();
        assertThat(export(c, CaseExportOptions.defaults()).get("criteria").get("narrative").asText().lines().toList())
                .containsExactly("To earn Peer Helper:", "- Complete the module Responding to a crisis (m3-crisis).",
                        "- Log 12.5 hours of supervised practice.");
        assertThat(export(c, CaseExportOptions.defaults()).get("alignment")).isEmpty();
    }

    @Test
    void periodsAreWrittenInWords() {
        assertThat(BadgeAchievement.period(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThat(BadgeAchievement.period(Period.ofDays(90))).isEqualTo("90 days");
        assertThat(BadgeAchievement.period(Period.of(2, 1, 3))).isEqualTo("2 years, 1 month and 3 days");
    }

    @Test
    void aCurriculumWithoutCertificationIsRefused() {
        Curriculum none = Curricula.minimal().competency(dev.tandem.competency.Competency.builder("c1", "One")
                .build()).build();
        assertThatThrownBy(() -> BadgeAchievement.export(none, CaseExportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no certification");
    }

    @Test
    void twoExportsAreIdentical() {
        assertThat(BadgeAchievement.export(Curricula.community(), CaseExportOptions.defaults()))
                .isEqualTo(BadgeAchievement.export(Curricula.community(), CaseExportOptions.defaults()));
    }
}

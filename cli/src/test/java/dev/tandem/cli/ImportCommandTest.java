package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.RelationType;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    /** A real package from the OpenSALT project (MIT licence), kept with the io module's test resources. */
    private static final Path OPENSALT = Path.of("../io/src/test/resources/case/opensalt-sample-framework.json");

    @TempDir
    Path dir;

    private Path exported() throws IOException {
        Path c = Files.writeString(dir.resolve("c.yaml"), ExportCommandTest.CURRICULUM);
        Path pkg = dir.resolve("pkg.json");
        assertThat(Cli.run("export", c.toString(), "--to", "case", "--output", pkg.toString()).exit()).isZero();
        return pkg;
    }

    @Test
    void importsAnExportedPackageAsCanonicalYamlThatReadsBackWithOnlyTheExpectedWarnings() throws IOException {
        Cli r = Cli.run("import", exported().toString(), "--from", "case");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        ReadResult back = CurriculumReader.create().read(r.out(), DocumentFormat.YAML);
        assertThat(back.diagnostics()).extracting(Diagnostic::code)
                .containsOnly(DiagnosticCode.UNMEASURED_COMPETENCY);
        Curriculum c = back.orElseThrow();
        assertThat(c.competency(CompetencyId.of("crisis.warning-signs")).orElseThrow().parent())
                .isEqualTo(CompetencyId.of("crisis.core"));
        assertThat(c.competency(CompetencyId.of("ethics.boundaries")).orElseThrow().relations())
                .singleElement().satisfies(rel -> assertThat(rel.type()).isEqualTo(RelationType.REQUIRES));
        assertThat(r.out()).startsWith("tandem: 1\n");
    }

    @Test
    void theShippedCommunityExampleSurvivesExportAndImportWithItsCompetencies() throws IOException {
        Path example = Path.of("../examples/community/curriculum.yaml");
        Curriculum original = CurriculumReader.create().read(example).orElseThrow();
        Path pkg = dir.resolve("community.json");
        assertThat(Cli.run("export", example.toString(), "--to", "case", "--output", pkg.toString()).exit()).isZero();
        Cli r = Cli.run("import", pkg.toString(), "--from", "case");
        assertThat(r.exit()).isZero();
        Curriculum back = CurriculumReader.create().read(r.out(), DocumentFormat.YAML).orElseThrow();
        assertThat(back.domains()).extracting(d -> d.withCaseItem(null)).isEqualTo(original.domains());
        assertThat(back.competencies()).hasSameSizeAs(original.competencies());
        for (var c : original.competencies()) {
            var imported = back.competency(c.id()).orElseThrow();
            assertThat(imported.title()).isEqualTo(c.title());
            assertThat(imported.parent()).isEqualTo(c.parent());
            assertThat(imported.relations()).isEqualTo(c.relations());
            assertThat(imported.domain()).isEqualTo(c.parent() == null ? c.domain() : null);
            assertThat(imported.caseItem().humanCodingScheme()).isEqualTo(c.id().value());
        }
    }

    @Test
    void importsTheOpenSaltSampleAndReportsWhatWasLeftOutOnStderr() {
        Cli r = Cli.run("import", OPENSALT.toString(), "--from", "case");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("warning: 2 associations left out: type 'exemplar' has no counterpart in Tandem")
                .contains("[unknown-reference] (at /CFAssociations)");
        assertThat(CurriculumReader.create().read(r.out(), DocumentFormat.YAML).hasErrors()).isFalse();
    }

    @Test
    void writesToTheOutputFileWhenGiven() throws IOException {
        Path out = dir.resolve("skeleton.yaml");
        Cli r = Cli.run("import", exported().toString(), "--from", "case", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(CurriculumReader.create().read(out).hasErrors()).isFalse();
    }

    @Test
    void aRealFrameworkImportedGivenAssessmentsAndExportedKeepsItsIdentifiers() throws IOException {
        Path yaml = dir.resolve("ratios.yaml");
        assertThat(Cli.run("import", OPENSALT.toString(), "--from", "case", "--output", yaml.toString()).exit())
                .isZero();
        String edited = Files.readString(yaml).replace("""
                modules:
                  - id: placeholder-module
                    title: "Placeholder: replace with the training modules"
                """, """
                modules:
                  - id: m1-ratios
                    title: Ratios
                assessments:
                  - id: a-ratio-quiz
                    title: Ratio quiz
                    module: m1-ratios
                    kind: quiz
                    max-score: 10
                    pass-score: 7
                    measures:
                      - { competency: ccss.math.content.6.rp.a.1, level: proficient }
                certification:
                  title: Ratio reasoning
                  modules: all
                  competencies:
                    - { competency: ccss.math.content.6.rp.a.1, level: proficient }
                """);
        assertThat(edited).contains("a-ratio-quiz");
        Files.writeString(yaml, edited);
        assertThat(Cli.run("validate", yaml.toString()).exit()).isZero();
        Path pkg = dir.resolve("ratios.case.json");
        assertThat(Cli.run("export", yaml.toString(), "--to", "case", "--output", pkg.toString()).exit()).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var original = json.readTree(OPENSALT.toFile());
        var exported = json.readTree(pkg.toFile());
        assertThat(exported.get("CFDocument").get("identifier")).isEqualTo(original.get("CFDocument").get("identifier"));
        assertThat(exported.get("CFDocument").get("uri")).isEqualTo(original.get("CFDocument").get("uri"));
        java.util.Map<String, String> before = new java.util.TreeMap<>();
        original.get("CFItems").forEach(i -> before.put(i.get("identifier").asText(), i.get("uri").asText() + " "
                + i.path("humanCodingScheme").asText() + " " + i.path("CFItemType").asText()));
        java.util.Map<String, String> after = new java.util.TreeMap<>();
        exported.get("CFItems").forEach(i -> after.put(i.get("identifier").asText(), i.get("uri").asText() + " "
                + i.path("humanCodingScheme").asText() + " " + i.path("CFItemType").asText()));
        assertThat(after).isEqualTo(before).containsValue("http://opensalt-staging.opened.com/uri/"
                + "b6f61076-aa12-450b-8f9d-b86bc071f85e CCSS.Math.Content.6.RP.A.1 Standard");
        Cli badge = Cli.run("export", yaml.toString(), "--to", "badge");
        assertThat(badge.exit()).isZero();
        assertThat(badge.out()).contains("\"targetUrl\": \"http://opensalt-staging.opened.com/uri/"
                + "b6f61076-aa12-450b-8f9d-b86bc071f85e\"");
    }

    @Test
    void aPackageWithoutItemsIsBadInputNamingTheFileWithoutAPosition() {
        Path empty = Path.of("../io/src/test/resources/case/EmptyExternalFramework.json");
        Cli r = Cli.run("import", empty.toString(), "--from", "case");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(empty + ": error: the package has no CFItems, so it holds no competency to "
                + "import [missing-field] (at /CFItems)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aWrappedPackageImportsAndKeepsTheItemsCodes() throws IOException {
        Path wrapped = Files.writeString(dir.resolve("wrapped.json"), "{\"CFPackage\":" + Files.readString(OPENSALT)
                + "}");
        Cli r = Cli.run("import", wrapped.toString(), "--from", "case");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("      human-coding-scheme: CCSS.Math.Content.6.RP.A\n");
    }

    @Test
    void aBrokenPackageIsBadInputWithItsPosition() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"CFDocument\": {\n\"title\": }");
        Cli r = Cli.run("import", bad.toString(), "--from", "case");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":2:").contains("[syntax]");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownSourceFormatIsAUsageError() throws IOException {
        Cli r = Cli.run("import", exported().toString(), "--from", "csv");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(Cli.run("import", dir.resolve("nope.json").toString(), "--from", "case").exit()).isEqualTo(2);
    }
}

package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static final String CURRICULUM = """
            tandem: 1
            id: peer-support
            version: 2.1.0
            title: Peer Support Training
            setting: community
            scales:
              - id: proficiency
                levels: [aware, developing, proficient, advanced]
            domains:
              - id: crisis
                title: Crisis recognition and response
            competencies:
              - id: crisis.core
                title: Responds to a crisis
                domain: crisis
              - id: crisis.warning-signs
                title: Recognises warning signs of suicide
                parent: crisis.core
              - id: ethics.boundaries
                title: Keeps professional boundaries
                relations:
                  - { type: requires, target: crisis.warning-signs }
            modules:
              - id: m1-foundations
                title: Foundations
            assessments:
              - id: a-quiz
                title: Quiz
                module: m1-foundations
                kind: quiz
                max-score: 10
                pass-score: 8
                measures:
                  - { competency: crisis.warning-signs, level: proficient }
                  - { competency: ethics.boundaries, level: proficient }
            certification:
              title: Certified Peer Specialist
              modules: all
              competencies:
                - { competency: crisis.warning-signs, level: proficient }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode json(Cli run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + run.out(), e);
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void exportsACasePackageOnStdout() throws IOException {
        Cli r = Cli.run("export", file("c.yaml", CURRICULUM).toString(), "--to", "case");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode pkg = json(r);
        assertThat(pkg.get("CFDocument").get("title").asText()).isEqualTo("Peer Support Training");
        assertThat(pkg.get("CFItems")).extracting(i -> i.get("humanCodingScheme").asText())
                .containsExactly("crisis", "crisis.core", "crisis.warning-signs", "ethics.boundaries");
        assertThat(pkg.get("CFAssociations")).extracting(a -> a.get("associationType").asText())
                .containsExactly("isChildOf", "isChildOf", "isChildOf", "isChildOf", "precedes");
    }

    @Test
    void twoExportsPrintTheSameBytes() throws IOException {
        Path c = file("c.yaml", CURRICULUM);
        assertThat(Cli.run("export", c.toString(), "--to", "case").out())
                .isEqualTo(Cli.run("export", c.toString(), "--to", "case").out());
    }

    @Test
    void optionsSetUrisLastChangeAndCreator() throws IOException {
        Cli r = Cli.run("export", file("c.yaml", CURRICULUM).toString(), "--to", "case", "--base-uri",
                "https://case.example.org/", "--last-change", "2026-05-01T00:00:00Z", "--creator", "Peer Board");
        JsonNode doc = json(r).get("CFDocument");
        assertThat(doc.get("uri").asText()).startsWith("https://case.example.org/CFDocuments/");
        assertThat(doc.get("lastChangeDateTime").asText()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(doc.get("creator").asText()).isEqualTo("Peer Board");
    }

    @Test
    void writesToTheOutputFileWhenGiven() throws IOException {
        Path out = dir.resolve("badge.json");
        Cli r = Cli.run("export", file("c.yaml", CURRICULUM).toString(), "--to", "badge", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("name").asText()).isEqualTo("Certified Peer Specialist");
    }

    @Test
    void exportsTheBadgeWithOneAlignmentPerRequiredCompetency() throws IOException {
        JsonNode badge = json(Cli.run("export", file("c.yaml", CURRICULUM).toString(), "--to", "badge"));
        assertThat(badge.get("type").get(0).asText()).isEqualTo("Achievement");
        assertThat(badge.get("alignment")).singleElement().satisfies(a -> {
            assertThat(a.get("targetCode").asText()).isEqualTo("crisis.warning-signs");
            assertThat(a.get("targetName").asText()).isEqualTo("Recognises warning signs of suicide");
        });
    }

    @Test
    void aBadgeOfACurriculumWithoutCertificationIsBadInput() throws IOException {
        String without = CURRICULUM.substring(0, CURRICULUM.indexOf("certification:"));
        Cli r = Cli.run("export", file("c.yaml", without).toString(), "--to", "badge");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("has no certification");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aCurriculumWithErrorsIsReportedWithPositionsAndExitOne() throws IOException {
        Path c = file("bad.yaml", CURRICULUM.replace("parent: crisis.core", "parent: crisis.cor"));
        Cli r = Cli.run("export", c.toString(), "--to", "case");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(c + ":18:").contains("[unknown-reference]");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownTargetIsAUsageError() throws IOException {
        Cli r = Cli.run("export", file("c.yaml", CURRICULUM).toString(), "--to", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--to must be case or badge");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli r = Cli.run("export", dir.resolve("nope.yaml").toString(), "--to", "case");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot read").contains("no such file");
    }
}

package dev.tandem.cli;

import static dev.tandem.cli.EvaluateFixtures.run;
import static dev.tandem.cli.EvaluateFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cli.EvaluateFixtures.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem evaluate --badges DIR}: one unsigned Open Badges 3.0 credential per certified learner. */
class EvaluateBadgesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    private static final String CURRICULUM = COMMUNITY.resolve("curriculum.yaml").toString();
    private static final String EVIDENCE = COMMUNITY.resolve("evidence.jsonl").toString();
    private static final String ISSUER = "https://training.example.org/issuer";

    @TempDir
    Path dir;

    private Path badges() {
        return dir.resolve("out/badges");
    }

    private Run evaluate(String curriculum, String evidence, String... more) {
        return run(Stream.concat(Stream.of("evaluate", "--curriculum", curriculum, "--evidence", evidence,
                "--as-of", "2026-11-21"), Stream.of(more)).toArray(String[]::new));
    }

    private Run evaluateCommunity(String... more) {
        return evaluate(CURRICULUM, EVIDENCE, more);
    }

    private List<Path> files(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.sorted().toList();
        }
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** {@return the ids of the learners the progress document shows as certified, in its order} */
    private static List<String> certifiedLearners(String progressJson) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode l : json(progressJson).get("learners")) {
            if ("certified".equals(l.get("certification").get("status").asText())) {
                ids.add(l.get("learner").asText());
            }
        }
        return ids;
    }

    @Test
    void writesOneCredentialPerCertifiedLearnerOfTheCommunityExample() throws IOException {
        Run run = evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER,
                "--badge-issuer-name", "Example Peer Training Network");

        assertThat(run.exitCode()).isZero();
        List<String> certified = certifiedLearners(run.out());
        assertThat(certified).contains("L-001");
        List<Path> files = files(badges());
        assertThat(files).hasSize(certified.size());
        List<String> subjects = files.stream().map(f -> {
            try {
                return json(Files.readString(f)).get("credentialSubject").get("identifier").get(0)
                        .get("identityHash").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertThat(subjects).isEqualTo(certified.stream().sorted().toList());
        assertThat(run.err()).isEqualTo("tandem evaluate: note: wrote " + certified.size() + " badge credential"
                + (certified.size() == 1 ? "" : "s") + " to " + badges() + System.lineSeparator());
    }

    @Test
    void theCredentialOfL001NamesTheIssuerTheDatesAndTheAchievement() throws IOException {
        Run run = evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER);
        JsonNode l001 = null;
        for (Path f : files(badges())) {
            JsonNode c = json(Files.readString(f));
            if (c.get("credentialSubject").get("identifier").get(0).get("identityHash").asText().equals("L-001")) {
                l001 = c;
                assertThat(f.getFileName().toString()).isEqualTo(c.get("id").asText().substring("urn:uuid:".length())
                        + ".json");
            }
        }
        assertThat(l001).isNotNull();
        assertThat(l001.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(l001.get("issuer").get("id").asText()).isEqualTo(ISSUER);
        assertThat(l001.get("issuer").has("name")).isFalse();
        // L-001 had 20 + 15 practice hours before 2026-03-01; the 10 hours recorded then reach the 40 required
        assertThat(l001.get("validFrom").asText()).isEqualTo("2026-03-01T09:00:00Z");
        JsonNode progress = null;
        for (JsonNode l : json(run.out()).get("learners")) {
            if (l.get("learner").asText().equals("L-001")) {
                progress = l;
            }
        }
        assertThat(l001.get("validUntil").asText()).isEqualTo(progress.get("certification").get("expiresAt").asText());
        assertThat(l001.get("credentialSubject").get("achievement").get("name").asText())
                .isEqualTo("Certified Peer Specialist");
    }

    @Test
    void runningTwiceGivesTheSameFilesByteForByte() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        evaluateCommunity("--badges", first.toString(), "--badge-issuer", ISSUER);
        evaluateCommunity("--badges", second.toString(), "--badge-issuer", ISSUER);
        List<Path> a = files(first);
        List<Path> b = files(second);
        assertThat(a.stream().map(Path::getFileName).toList()).isEqualTo(b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readString(a.get(i))).isEqualTo(Files.readString(b.get(i)));
        }
        // re-running into the same directory replaces the files and leaves no temporary file behind
        evaluateCommunity("--badges", first.toString(), "--badge-issuer", ISSUER);
        assertThat(files(first)).hasSameSizeAs(a);
    }

    @Test
    void aBaseUriPlacesTheCredentialIdsUnderIt() throws IOException {
        evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER, "--badge-base-uri",
                "https://badges.example.org/");
        for (Path f : files(badges())) {
            String id = json(Files.readString(f)).get("id").asText();
            assertThat(id).startsWith("https://badges.example.org/credentials/");
            assertThat(f.getFileName().toString()).isEqualTo(id.substring(id.lastIndexOf('/') + 1) + ".json");
        }
    }

    @Test
    void learnerIdsNeverBecomeFileNames() throws IOException {
        Path curriculum = write(dir, "curriculum.yaml", EvaluateFixtures.CURRICULUM);
        Path evidence = write(dir, "evidence.jsonl", """
                {"learner":"../../etc/passwd","kind":"completion","module":"m0-intro","at":"2026-02-01T10:00:00Z"}
                {"learner":"../../etc/passwd","kind":"attempt","assessment":"a1-quiz","score":9,"at":"2026-03-02T14:00:00Z"}
                {"learner":"../../etc/passwd","kind":"attempt","assessment":"a2-triage","responses":{"v1":"refer","v2":"continue"},"at":"2026-03-03T09:00:00Z"}
                {"learner":"../../etc/passwd","kind":"practice","hours":10,"at":"2026-04-01T10:00:00Z"}
                """);
        Run run = evaluate(curriculum.toString(), evidence.toString(), "--badges", badges().toString(),
                "--badge-issuer", ISSUER);

        assertThat(run.exitCode()).isZero();
        List<Path> files = files(badges());
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.json");
        assertThat(json(Files.readString(files.get(0))).get("validFrom").asText()).isEqualTo("2026-04-01T10:00:00Z");
        assertThat(files(dir).stream().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("curriculum.yaml", "evidence.jsonl", "out");
    }

    @Test
    void noCertifiedLearnerMeansAnEmptyDirectory() throws IOException {
        Run run = evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER, "--learner", "L-003");
        assertThat(run.exitCode()).isZero();
        assertThat(files(badges())).isEmpty();
        assertThat(run.err()).contains("wrote 0 badge credentials");
    }

    @Test
    void strictFailureWritesNoBadgesAndExitsOne() {
        Path bad = write(dir, "bad.jsonl", Stream.of(
                "{\"learner\":\"L-001\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\",\"score\":82,"
                        + "\"at\":\"2025-03-10T10:00:00Z\"}",
                "{\"learner\":\"L-001\",\"kind\":\"attempt\",\"assessment\":\"nope\",\"score\":1,\"at\":\"2025-03-10\"}")
                .reduce("", (a, b) -> a + b + "\n"));
        Run run = evaluate(CURRICULUM, bad.toString(), "--badges", badges().toString(), "--badge-issuer", ISSUER);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(badges()).doesNotExist();
    }

    @Test
    void aCurriculumWithoutCertificationIsBadInputAndWritesNothing() {
        Path curriculum = write(dir, "plain.yaml", EvaluateFixtures.CURRICULUM.replaceAll(
                "(?s)certification:.*?(?=escalation:)", ""));
        Path evidence = write(dir, "evidence.jsonl", EvaluateFixtures.JSONL);
        Run run = evaluate(curriculum.toString(), evidence.toString(), "--badges", badges().toString(),
                "--badge-issuer", ISSUER);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no certification");
        assertThat(run.out()).isEmpty();
        assertThat(badges()).doesNotExist();
    }

    @Test
    void badgesWithoutIssuerIsAUsageError() {
        Run run = evaluateCommunity("--badges", badges().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--badges needs --badge-issuer");
        assertThat(run.out()).isEmpty();
        assertThat(badges()).doesNotExist();
    }

    @Test
    void badOrStrayBadgeOptionsAreUsageErrors() {
        assertThat(evaluateCommunity("--badges", badges().toString(), "--badge-issuer", "issuer").exitCode())
                .isEqualTo(2);
        assertThat(evaluateCommunity("--badges", badges().toString(), "--badge-issuer", "https://x.org/a b")
                .exitCode()).isEqualTo(2);
        assertThat(evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER,
                "--badge-base-uri", "https://badges.example.org").exitCode()).isEqualTo(2);
        assertThat(evaluateCommunity("--badges", badges().toString(), "--badge-issuer", ISSUER,
                "--badge-issuer-name", " ").exitCode()).isEqualTo(2);
        Run stray = evaluateCommunity("--badge-issuer", ISSUER);
        assertThat(stray.exitCode()).isEqualTo(2);
        assertThat(stray.err()).contains("only with --badges");
        assertThat(badges()).doesNotExist();
    }

    @Test
    void aBadgesPathThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Run run = evaluateCommunity("--badges", file.toString(), "--badge-issuer", ISSUER);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--badges " + file + ": not a directory");
        assertThat(run.err()).doesNotContain("Exception");
    }
}

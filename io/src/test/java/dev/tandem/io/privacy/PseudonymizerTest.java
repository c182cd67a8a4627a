package dev.tandem.io.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {

    private static final String KEY = "correct horse battery staple";
    private static final LearnerId LEARNER = LearnerId.of("L-001");
    private static final Instant AT = Instant.parse("2026-03-02T14:00:00Z");

    private static Pseudonymizer pseudonymizer(String key) {
        return Pseudonymizer.of(key.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPseudonymIsPrefixedLowerCaseHexOfSixtyFourDigits() {
        assertThat(pseudonymizer(KEY).pseudonym(LEARNER).value()).matches("p-[0-9a-f]{64}");
    }

    @Test
    void aPseudonymIsTheHmacSha256OfTheIdUnderTheKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder("p-");
        for (byte b : mac.doFinal("L-001".getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        assertThat(pseudonymizer(KEY).pseudonym(LEARNER).value()).isEqualTo(hex.toString());
    }

    @Test
    void theSameKeyGivesTheSamePseudonymInEveryRun() {
        assertThat(pseudonymizer(KEY).pseudonym(LEARNER)).isEqualTo(pseudonymizer(KEY).pseudonym(LEARNER));
    }

    @Test
    void anotherKeyOrAnotherLearnerGivesAnotherPseudonym() {
        LearnerId p = pseudonymizer(KEY).pseudonym(LEARNER);
        assertThat(pseudonymizer(KEY + "!").pseudonym(LEARNER)).isNotEqualTo(p);
        assertThat(pseudonymizer(KEY).pseudonym(LearnerId.of("L-002"))).isNotEqualTo(p);
    }

    @Test
    void aKeyShorterThanSixteenBytesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> pseudonymizer("too short"))
                .withMessageContaining("at least 16 bytes");
    }

    @Test
    void theKeyFileMayEndWithALineBreak(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("key");
        Files.writeString(file, KEY + "\r\n");
        assertThat(Pseudonymizer.fromKeyFile(file).pseudonym(LEARNER)).isEqualTo(pseudonymizer(KEY).pseudonym(LEARNER));
    }

    @Test
    void theEnvironmentVariableGivesTheSamePseudonymsAsAKeyFileWithTheSameKey() {
        assertThat(Pseudonymizer.fromEnvironment(Map.of(Pseudonymizer.KEY_VARIABLE, KEY)).orElseThrow()
                .pseudonym(LEARNER)).isEqualTo(pseudonymizer(KEY).pseudonym(LEARNER));
    }

    @Test
    void anUnsetOrEmptyVariableGivesNoPseudonymizer() {
        assertThat(Pseudonymizer.fromEnvironment(Map.of())).isEmpty();
        assertThat(Pseudonymizer.fromEnvironment(Map.of(Pseudonymizer.KEY_VARIABLE, ""))).isEmpty();
    }

    @Test
    void everyKindOfRecordKeepsAllButItsLearner() {
        Pseudonymizer p = pseudonymizer(KEY);
        LearnerId pseudonym = p.pseudonym(LEARNER);
        EvidenceRecord attempt = new EvidenceRecord.Attempt(LEARNER, AssessmentId.of("a1"), 3.0, Map.of(), AT, "S-1");
        EvidenceRecord completion = new EvidenceRecord.Completion(LEARNER, ModuleId.of("m1"), AT, null);
        EvidenceRecord practice = new EvidenceRecord.Practice(LEARNER, 2.5, AT, "S-2");
        assertThat(p.pseudonymize(attempt))
                .isEqualTo(new EvidenceRecord.Attempt(pseudonym, AssessmentId.of("a1"), 3.0, Map.of(), AT, "S-1"));
        assertThat(p.pseudonymize(completion)).isEqualTo(new EvidenceRecord.Completion(pseudonym, ModuleId.of("m1"),
                AT, null));
        assertThat(p.pseudonymize(practice)).isEqualTo(new EvidenceRecord.Practice(pseudonym, 2.5, AT, "S-2"));
    }

    @Test
    void theDescriptionNeverShowsTheKey() {
        assertThat(pseudonymizer(KEY).toString()).doesNotContain(KEY).doesNotContain("horse");
    }
}

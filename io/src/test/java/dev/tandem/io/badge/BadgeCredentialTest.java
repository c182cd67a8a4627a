package dev.tandem.io.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.casepackage.Curricula;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.Missing;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BadgeCredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Curriculum COMMUNITY = Curricula.community();
    private static final Instant SINCE = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2028-03-02T14:00:00Z");
    private static final CredentialOptions OPTIONS = CredentialOptions
            .issuer(URI.create("https://training.example.org/issuer"))
            .withIssuerName("Example Peer Training Network");

    /** Test-data builder: a learner's progress at an instant with a given certification result. */
    private static LearnerProgress progress(String learner, CertificationStatus status, Instant expiresAt) {
        List<Missing> missing = status == CertificationStatus.CERTIFIED ? List.of()
                : List.of(new Missing.Practice(40, 12));
        return new LearnerProgress(LearnerId.of(learner), Instant.parse("2026-11-21T00:00:00Z"), 7, List.of(),
                List.of(), new CertificationResult(status, expiresAt, missing, 40.0), List.of(), List.of());
    }

    private static LearnerProgress certified() {
        return progress("L-001", CertificationStatus.CERTIFIED, EXPIRES);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode issue() {
        return parse(BadgeCredential.issue(COMMUNITY, certified(), SINCE, OPTIONS));
    }

    private static JsonNode resource(String name) {
        try (InputStream in = BadgeCredentialTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode golden() {
        return resource("/badge/credential-l-001.json");
    }

    @Test
    void matchesTheHandWrittenGoldenFileAsAWhole() {
        assertThat(issue()).isEqualTo(golden());
    }

    @Test
    void contextNamesVerifiableCredentials2ThenOpenBadges3() {
        JsonNode context = issue().get("@context");
        assertThat(context).hasSize(2);
        assertThat(context.get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(context.get(1).asText()).isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    }

    @Test
    void typeIsVerifiableCredentialAndOpenBadgeCredential() {
        assertThat(issue().get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
    }

    @Test
    void idIsTheVersion5UuidOfCurriculumLearnerAndValidFrom() {
        assertThat(issue().get("id").asText()).isEqualTo(golden().get("id").asText())
                .isEqualTo("urn:uuid:a5c74f96-dd69-5d2f-beab-c0cdf1f8ab2c");
        UUID id = BadgeCredential.identifier("peer-support", LearnerId.of("L-001"), SINCE);
        assertThat(id.version()).isEqualTo(5);
        assertThat(id).hasToString("a5c74f96-dd69-5d2f-beab-c0cdf1f8ab2c");
    }

    @Test
    void issuerIsAProfileWithTheOptionsIdAndName() {
        JsonNode issuer = issue().get("issuer");
        assertThat(issuer.get("id").asText()).isEqualTo("https://training.example.org/issuer");
        assertThat(issuer.get("type").toString()).isEqualTo("[\"Profile\"]");
        assertThat(issuer.get("name").asText()).isEqualTo("Example Peer Training Network");
    }

    @Test
    void anIssuerWithoutNameHasNoNameField() {
        JsonNode issuer = parse(BadgeCredential.issue(COMMUNITY, certified(), SINCE,
                CredentialOptions.issuer(URI.create("did:web:training.example.org")))).get("issuer");
        assertThat(issuer.get("id").asText()).isEqualTo("did:web:training.example.org");
        assertThat(issuer.has("name")).isFalse();
    }

    @Test
    void validFromIsTheDateOfCertificationAndValidUntilTheExpiry() {
        JsonNode credential = issue();
        assertThat(credential.get("validFrom").asText()).isEqualTo("2026-04-01T10:00:00Z");
        assertThat(credential.get("validUntil").asText()).isEqualTo("2028-03-02T14:00:00Z");
    }

    @Test
    void aCertificationThatNeverExpiresHasNoValidUntil() {
        JsonNode credential = parse(BadgeCredential.issue(COMMUNITY, progress("L-001", CertificationStatus.CERTIFIED,
                null), SINCE, OPTIONS));
        assertThat(credential.has("validUntil")).isFalse();
        assertThat(credential.get("validFrom").asText()).isEqualTo("2026-04-01T10:00:00Z");
    }

    @Test
    void nameIsTheCertificationTitle() {
        assertThat(issue().get("name").asText()).isEqualTo("Certified Peer Specialist");
    }

    @Test
    void theSubjectIsAnAchievementSubjectIdentifiedByTheLearnerId() {
        JsonNode subject = issue().get("credentialSubject");
        assertThat(subject.get("type").toString()).isEqualTo("[\"AchievementSubject\"]");
        JsonNode identity = subject.get("identifier").get(0);
        assertThat(identity.get("type").asText()).isEqualTo("IdentityObject");
        assertThat(identity.get("identityHash").asText()).isEqualTo("L-001");
        assertThat(identity.get("identityType").asText()).isEqualTo("systemId");
        assertThat(identity.get("hashed").isBoolean()).isTrue();
        assertThat(identity.get("hashed").asBoolean()).isFalse();
    }

    @Test
    void theAchievementIsTheExportedOneWithoutItsOwnContext() {
        JsonNode achievement = issue().get("credentialSubject").get("achievement");
        JsonNode standalone = resource("/badge/certified-peer-specialist.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) standalone).remove("@context");
        assertThat(achievement).isEqualTo(standalone);
        assertThat(achievement.has("@context")).isFalse();
    }

    @Test
    void aBaseUriPlacesCredentialAchievementAndAlignmentsUnderIt() {
        JsonNode credential = parse(BadgeCredential.issue(COMMUNITY, certified(), SINCE,
                OPTIONS.withBaseUri(URI.create("https://badges.example.org/"))));
        assertThat(credential.get("id").asText())
                .isEqualTo("https://badges.example.org/credentials/a5c74f96-dd69-5d2f-beab-c0cdf1f8ab2c");
        JsonNode achievement = credential.get("credentialSubject").get("achievement");
        assertThat(achievement.get("id").asText())
                .isEqualTo("https://badges.example.org/achievements/bbe0803c-c386-519c-b34a-e33399b26012");
        assertThat(achievement.get("alignment").get(0).get("targetUrl").asText())
                .isEqualTo("https://badges.example.org/CFItems/95df8721-a655-57bf-97b1-ac7cd45dba31");
    }

    @Test
    void issuingTwiceGivesIdenticalText() {
        assertThat(BadgeCredential.issue(COMMUNITY, certified(), SINCE, OPTIONS))
                .isEqualTo(BadgeCredential.issue(COMMUNITY, certified(), SINCE, OPTIONS));
    }

    @Test
    void anotherLearnerOrAnotherReachingGetsAnotherId() {
        UUID first = BadgeCredential.identifier("peer-support", LearnerId.of("L-001"), SINCE);
        assertThat(BadgeCredential.identifier("peer-support", LearnerId.of("L-002"), SINCE)).isNotEqualTo(first);
        assertThat(BadgeCredential.identifier("peer-support", LearnerId.of("L-001"),
                Instant.parse("2027-06-01T00:00:00Z"))).hasToString("8cd45dc8-6627-53b7-b65e-b5289a4b247f");
    }

    @Test
    void aLaterExpiryInTheSameStretchKeepsTheId() {
        String later = BadgeCredential.issue(COMMUNITY, progress("L-001", CertificationStatus.CERTIFIED,
                Instant.parse("2029-01-01T00:00:00Z")), SINCE, OPTIONS);
        assertThat(parse(later).get("id")).isEqualTo(issue().get("id"));
        assertThat(parse(later).get("validUntil").asText()).isEqualTo("2029-01-01T00:00:00Z");
    }

    @Test
    void learnerIdsWithQuotesAndUnicodeStayIntactInTheJson() {
        String id = "Zoë \"Z\" <z@example.org>";
        JsonNode credential = parse(BadgeCredential.issue(COMMUNITY, progress(id, CertificationStatus.CERTIFIED,
                EXPIRES), SINCE, OPTIONS));
        assertThat(credential.get("credentialSubject").get("identifier").get(0).get("identityHash").asText())
                .isEqualTo(id);
    }

    @Test
    void aLearnerWhoIsNotCertifiedIsRefused() {
        assertThatThrownBy(() -> BadgeCredential.issue(COMMUNITY, progress("L-001", CertificationStatus.LAPSED, null),
                SINCE, OPTIONS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not certified");
    }

    @Test
    void aDateOfCertificationAfterTheEvaluationInstantIsRefused() {
        assertThatThrownBy(() -> BadgeCredential.issue(COMMUNITY, certified(), Instant.parse("2026-12-01T00:00:00Z"),
                OPTIONS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    @Test
    void aCurriculumWithoutCertificationIsRefused() {
        Curriculum none = Curricula.minimal().competency(dev.tandem.competency.Competency.builder("c1", "One")
                .build()).build();
        assertThatThrownBy(() -> BadgeCredential.issue(none, certified(), SINCE, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no certification");
    }

    @Test
    void optionsRefuseARelativeIssuerABlankNameAndABadBaseUri() {
        assertThatThrownBy(() -> CredentialOptions.issuer(URI.create("issuer")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> OPTIONS.withIssuerName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OPTIONS.withBaseUri(URI.create("https://badges.example.org")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

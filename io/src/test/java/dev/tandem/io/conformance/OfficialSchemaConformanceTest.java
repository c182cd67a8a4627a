package dev.tandem.io.conformance;

import static dev.tandem.io.conformance.OfficialSchemas.ACHIEVEMENT;
import static dev.tandem.io.conformance.OfficialSchemas.ACHIEVEMENT_CREDENTIAL;
import static dev.tandem.io.conformance.OfficialSchemas.CASE_1_0;
import static dev.tandem.io.conformance.OfficialSchemas.CASE_1_1;
import static dev.tandem.io.conformance.OfficialSchemas.PROFILE;
import static dev.tandem.io.conformance.OfficialSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.badge.BadgeAchievement;
import dev.tandem.io.badge.BadgeCredential;
import dev.tandem.io.badge.CredentialOptions;
import dev.tandem.io.casepackage.CaseExportOptions;
import dev.tandem.io.casepackage.CasePackage;
import dev.tandem.io.hostile.Examples;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.CertificationStatus;
import dev.tandem.progress.LearnerProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every CASE package and Open Badges document of the shipped examples passes 1EdTech's published schemas. */
class OfficialSchemaConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CaseExportOptions WITH_BASE = CaseExportOptions.defaults()
            .withBaseUri(URI.create("https://case.example.org/ims/case/v1p1/"));
    private static final CredentialOptions ISSUER = CredentialOptions
            .issuer(URI.create("https://training.example.org/issuer")).withIssuerName("Example Peer Training Network");
    static final Instant SINCE = Instant.parse("2026-03-01T09:00:00Z");

    /** A learner certified since {@link #SINCE}, until {@code expiresAt} (null: for good). */
    static LearnerProgress certified(String learner, Instant expiresAt) {
        return new LearnerProgress(LearnerId.of(learner), Instant.parse("2026-11-21T00:00:00Z"), 7, List.of(),
                List.of(), new CertificationResult(CertificationStatus.CERTIFIED, expiresAt, List.of(), 40.0),
                List.of(), List.of());
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"community", "school", "workplace"})
    void theCaseExportOfEachExamplePassesTheCase11AndCase10Schemas(String programme) {
        Curriculum c = Examples.curriculum(programme);
        for (CaseExportOptions options : List.of(CaseExportOptions.defaults(), WITH_BASE)) {
            String pkg = CasePackage.export(c, options);
            assertThat(problems(CASE_1_1, pkg)).isEmpty();
            assertThat(problems(CASE_1_0, pkg)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"community", "school", "workplace"})
    void theCaseExportPassesWithAndWithoutADescription(String programme) {
        Curriculum c = Examples.curriculum(programme);
        assertThat(problems(CASE_1_1, CasePackage.export(c.toBuilder().description(null).build(),
                CaseExportOptions.defaults()))).isEmpty();
        assertThat(problems(CASE_1_1, CasePackage.export(c.toBuilder().description("A description.").build(),
                CaseExportOptions.defaults()))).isEmpty();
    }

    @Test
    void theCase11SchemaRefusesADocumentLinkOnAnItem() {
        ObjectNode pkg = (ObjectNode) tree(CasePackage.export(Examples.curriculum("school"),
                CaseExportOptions.defaults()));
        ObjectNode item = (ObjectNode) pkg.get("CFItems").get(0);
        item.putObject("CFDocumentURI").put("title", "t").put("identifier", "d0000000-0000-0000-0000-000000000000")
                .put("uri", "urn:x");
        assertThat(problems(CASE_1_1, pkg)).isNotEmpty();
        assertThat(problems(CASE_1_0, pkg)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"community", "school", "workplace"})
    void theAchievementOfEachExamplePassesTheAchievementSchemaWithAndWithoutADescription(String programme) {
        Curriculum c = Examples.curriculum(programme);
        for (Curriculum variant : List.of(c, c.toBuilder().description(null).build(),
                c.toBuilder().description("Described.").build())) {
            for (CaseExportOptions options : List.of(CaseExportOptions.defaults(), WITH_BASE)) {
                assertThat(problems(ACHIEVEMENT, BadgeAchievement.export(variant, options))).isEmpty();
            }
        }
    }

    @Test
    void theAchievementSchemaRefusesAnAchievementWithoutDescription() {
        ObjectNode achievement = (ObjectNode) tree(BadgeAchievement.export(Examples.curriculum("school"),
                CaseExportOptions.defaults()));
        achievement.remove("description");
        assertThat(problems(ACHIEVEMENT, achievement)).anyMatch(m -> m.contains("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"community", "school", "workplace"})
    void credentialsOfEachExamplePassTheCredentialSchemaWithAndWithoutValidUntil(String programme) {
        Curriculum c = Examples.curriculum(programme);
        for (Curriculum variant : List.of(c, c.toBuilder().description(null).build())) {
            for (Instant expiresAt : new Instant[] {Instant.parse("2028-03-02T14:00:00Z"), null}) {
                JsonNode credential = tree(BadgeCredential.issue(variant, certified("L-001", expiresAt), SINCE,
                        ISSUER));
                assertThat(credential.has("validUntil")).isEqualTo(expiresAt != null);
                assertThat(problems(ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
                assertThat(problems(PROFILE, credential.get("issuer"))).isEmpty();
                assertThat(problems(ACHIEVEMENT, credential.get("credentialSubject").get("achievement"))).isEmpty();
            }
        }
    }

    @Test
    void aCredentialWithABaseUriAndAnIssuerWithoutNamePassesToo() {
        JsonNode credential = tree(BadgeCredential.issue(Examples.curriculum("community"), certified("L-002", null),
                SINCE, CredentialOptions.issuer(URI.create("did:web:training.example.org"))
                        .withBaseUri(URI.create("https://badges.example.org/"))));
        assertThat(problems(ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
        assertThat(problems(PROFILE, credential.get("issuer"))).isEmpty();
    }

    @Test
    void theCredentialSchemaRefusesContextsInAnotherOrder() {
        ObjectNode credential = (ObjectNode) tree(BadgeCredential.issue(Examples.curriculum("school"),
                certified("L-001", null), SINCE, ISSUER));
        credential.putArray("@context").add(BadgeAchievement.CONTEXT.get(1)).add(BadgeAchievement.CONTEXT.get(0));
        assertThat(problems(ACHIEVEMENT_CREDENTIAL, credential)).isNotEmpty();
    }

    @Test
    void contextAndTypesAreThoseOfTheSpecificationsExamples() {
        JsonNode credential = tree(BadgeCredential.issue(Examples.curriculum("community"),
                certified("L-001", null), SINCE, ISSUER));
        assertThat(credential.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]");
        assertThat(credential.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(credential.get("issuer").get("type").toString()).isEqualTo("[\"Profile\"]");
        JsonNode subject = credential.get("credentialSubject");
        assertThat(subject.get("type").toString()).isEqualTo("[\"AchievementSubject\"]");
        assertThat(subject.get("achievement").get("type").toString()).isEqualTo("[\"Achievement\"]");
        assertThat(subject.get("achievement").get("alignment").get(0).get("type").toString())
                .isEqualTo("[\"Alignment\"]");
        assertThat(subject.get("identifier").get(0).get("type").asText()).isEqualTo("IdentityObject");
    }
}

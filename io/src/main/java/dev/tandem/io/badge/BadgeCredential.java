package dev.tandem.io.badge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.casepackage.CasePackage;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.LearnerProgress;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An unsigned Open Badges 3.0 {@code OpenBadgeCredential} that says a learner holds a curriculum's
 * certification: a W3C Verifiable Credential 2.0 whose subject is the learner and whose achievement is the
 * one {@link BadgeAchievement} exports.
 *
 * <p>Fields, in this order: {@code @context} (VC 2.0, then OB 3.0), {@code id}, {@code type}
 * ({@code VerifiableCredential}, {@code OpenBadgeCredential}), {@code issuer} (a {@code Profile} with the
 * options' id and, when given, name), {@code validFrom} (when the learner reached the certification they hold
 * now), {@code validUntil} (the certification's {@code expiresAt}; left out when it never expires),
 * {@code name} (the certification's title) and {@code credentialSubject}: type {@code AchievementSubject},
 * the learner as one {@code identifier} ({@code IdentityObject}, {@code identityType} {@code systemId},
 * {@code hashed} false, {@code identityHash} the learner id in plain text) and the {@code achievement} (as
 * {@link BadgeAchievement#export} writes it, without its own {@code @context}).
 *
 * <p>The credential's {@code id} is {@code urn:uuid:} (or {@code BASE/credentials/}) followed by
 * {@link #identifier}: a version 5 UUID of the curriculum, the learner and {@code validFrom}, so issuing
 * again for the same certified stretch gives the same credential (with the {@code validUntil} known then),
 * and a learner certified again after a lapse gets a new one. The clock is never read: equal inputs give
 * byte-for-byte equal output. Nothing is signed; a verifiable credential needs a proof added by the issuer's
 * signing service.
 *
 * <p>Stateless and thread-safe.
 */
public final class BadgeCredential {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BadgeCredential() {
    }

    /**
     * Issues the credential of one certified learner.
     *
     * @param curriculum     the curriculum the learner was evaluated against; must have a certification
     * @param progress       the learner's progress; the learner must be certified
     * @param certifiedSince when the learner reached the certification they hold (see
     *                       {@code Evaluator.certifiedSince}); not after the progress's {@code asOf}
     * @param options        issuer and identifiers
     * @return the credential as pretty-printed JSON, ending in a line break
     * @throws IllegalArgumentException when the curriculum has no certification, the learner is not certified,
     *                                  or {@code certifiedSince} lies after the evaluation instant
     */
    public static String issue(Curriculum curriculum, LearnerProgress progress, Instant certifiedSince,
            CredentialOptions options) {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(certifiedSince, "certifiedSince");
        Objects.requireNonNull(options, "options");
        String title = curriculum.certification().orElseThrow(() -> new IllegalArgumentException(
                "Curriculum '" + curriculum.id() + "' has no certification to issue as a badge")).title();
        CertificationResult cert = progress.certification().orElse(null);
        if (cert == null || !cert.certified()) {
            throw new IllegalArgumentException("Learner '" + progress.learner() + "' is not certified at "
                    + progress.asOf());
        }
        if (certifiedSince.isAfter(progress.asOf())) {
            throw new IllegalArgumentException("The date of certification " + certifiedSince
                    + " lies after the evaluation instant " + progress.asOf());
        }
        ObjectNode root = NODES.objectNode();
        ArrayNode context = root.putArray("@context");
        BadgeAchievement.CONTEXT.forEach(context::add);
        root.put("id", credentialId(curriculum.id(), progress.learner(), certifiedSince, options));
        root.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = root.putObject("issuer");
        issuer.put("id", options.issuer().toString());
        issuer.putArray("type").add("Profile");
        if (options.issuerName() != null) {
            issuer.put("name", options.issuerName());
        }
        root.put("validFrom", certifiedSince.toString());
        if (cert.expiresAt() != null) {
            root.put("validUntil", cert.expiresAt().toString());
        }
        root.put("name", title);
        ObjectNode subject = root.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", progress.learner().value());
        identity.put("identityType", "systemId");
        identity.put("hashed", false);
        subject.set("achievement", BadgeAchievement.node(curriculum, options.caseOptions(), false));
        return BadgeAchievement.write(root);
    }

    /**
     * {@return the credential's UUID: version 5, in {@link CasePackage#NAMESPACE}, of the name
     * {@code CURRICULUM/credential/LEARNER/VALIDFROM} (the instant in ISO-8601, as in {@code validFrom})}
     *
     * @param curriculumId the curriculum's id
     * @param learner      the learner
     * @param validFrom    when the learner reached the certification
     */
    public static UUID identifier(String curriculumId, LearnerId learner, Instant validFrom) {
        Objects.requireNonNull(curriculumId, "curriculumId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(validFrom, "validFrom");
        return CasePackage.identifier(curriculumId + "/credential/" + learner.value() + "/" + validFrom);
    }

    private static String credentialId(String curriculumId, LearnerId learner, Instant validFrom,
            CredentialOptions options) {
        UUID id = identifier(curriculumId, learner, validFrom);
        return options.baseUri() == null ? "urn:uuid:" + id : options.baseUri() + "credentials/" + id;
    }
}

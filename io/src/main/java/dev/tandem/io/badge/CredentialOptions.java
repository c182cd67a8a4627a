package dev.tandem.io.badge;

import dev.tandem.io.casepackage.CaseExportOptions;
import java.net.URI;
import java.util.Objects;

/**
 * The options of an Open Badges 3.0 credential: who issues it and where its identifiers live.
 *
 * @param issuer     the issuer's id, an absolute URI (for example {@code https://training.example.org/issuer}
 *                   or a {@code did:}); becomes {@code issuer.id}
 * @param issuerName the issuer's name ({@code issuer.name}), or null to leave it out
 * @param baseUri    the base URI of identifiers, or null for {@code urn:uuid:} identifiers: with a base URI
 *                   the credential's id is {@code BASE/credentials/UUID}, the achievement's
 *                   {@code BASE/achievements/UUID} and the alignments point at the CASE items under
 *                   {@code BASE} (as {@link CaseExportOptions#baseUri()} does); absolute, ending in {@code /}
 */
public record CredentialOptions(URI issuer, String issuerName, URI baseUri) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when the issuer is not an absolute URI, the issuer name is blank, or
     *                                  the base URI is not absolute or does not end in {@code /}
     *
     * @param issuer     the issuer's id, an absolute URI (for example {@code https://training.example.org/issuer}
     *        or a {@code did:}); becomes {@code issuer.id}
     * @param issuerName the issuer's name ({@code issuer.name}), or null to leave it out
     * @param baseUri    the base URI of identifiers, or null for {@code urn:uuid:} identifiers: with a base URI
     *        the credential's id is {@code BASE/credentials/UUID}, the achievement's
     *        {@code BASE/achievements/UUID} and the alignments point at the CASE items under
     *        {@code BASE} (as {@link CaseExportOptions#baseUri()} does); absolute, ending in {@code /}
     */
    public CredentialOptions {
        Objects.requireNonNull(issuer, "issuer");
        if (!issuer.isAbsolute()) {
            throw new IllegalArgumentException("Invalid issuer (must be an absolute URI): " + issuer);
        }
        if (issuerName != null && issuerName.isBlank()) {
            throw new IllegalArgumentException("Invalid issuer name (must not be blank)");
        }
        caseOptions(baseUri); // the same rule as a CASE export's base URI
    }

    /**
     * {@return options with this issuer, no issuer name and {@code urn:uuid:} identifiers}
     *
     * @param issuer the issuer's id, an absolute URI
     * @throws IllegalArgumentException when the issuer is not an absolute URI
     */
    public static CredentialOptions issuer(URI issuer) {
        return new CredentialOptions(issuer, null, null);
    }

    /**
     * {@return these options with an issuer name (null to leave it out)}
     *
     * @param name the issuer's name
     */
    public CredentialOptions withIssuerName(String name) {
        return new CredentialOptions(issuer, name, baseUri);
    }

    /**
     * {@return these options with a base URI (null for {@code urn:uuid:} ids)}
     *
     * @param uri the base URI
     */
    public CredentialOptions withBaseUri(URI uri) {
        return new CredentialOptions(issuer, issuerName, uri);
    }

    /** {@return the CASE export options the embedded achievement uses: the same base URI} */
    CaseExportOptions caseOptions() {
        return caseOptions(baseUri);
    }

    private static CaseExportOptions caseOptions(URI baseUri) {
        return CaseExportOptions.defaults().withBaseUri(baseUri);
    }
}

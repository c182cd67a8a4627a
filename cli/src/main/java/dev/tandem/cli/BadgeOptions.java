package dev.tandem.cli;

import dev.tandem.io.badge.CredentialOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --badges} options of {@code tandem evaluate}: where to write one unsigned Open Badges 3.0 credential
 * per certified learner, and who issues them. Mixed into the command.
 */
final class BadgeOptions {

    @Option(names = "--badges", paramLabel = "DIR",
            description = "Also write an unsigned Open Badges 3.0 credential per certified learner into DIR "
                    + "(created if missing), one file UUID.json each. Needs --badge-issuer.")
    Path directory;

    @Option(names = "--badge-issuer", paramLabel = "URI",
            description = "With --badges: the issuer's id, an absolute URI (https://... or did:...).")
    String issuer;

    @Option(names = "--badge-issuer-name", paramLabel = "NAME",
            description = "With --badges: the issuer's name.")
    String issuerName;

    @Option(names = "--badge-base-uri", paramLabel = "URI",
            description = "With --badges: the base URI of credential, achievement and CASE item ids (absolute, "
                    + "ending in /). Default: urn:uuid: ids.")
    String baseUri;

    /**
     * {@return the badge files to write, or null without {@code --badges}}
     *
     * @throws IllegalArgumentException with a one-line message for the user, when the options do not fit
     */
    BadgeFiles files() {
        if (directory == null) {
            if (issuer != null || issuerName != null || baseUri != null) {
                throw new IllegalArgumentException("--badge-issuer, --badge-issuer-name and --badge-base-uri are "
                        + "used only with --badges DIR");
            }
            return null;
        }
        if (java.nio.file.Files.exists(directory) && !java.nio.file.Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--badges " + dev.tandem.internal.Excerpt.of(directory.toString())
                    + ": not a directory (the credentials are files in a directory)");
        }
        if (issuer == null) {
            throw new IllegalArgumentException("--badges needs --badge-issuer URI (the issuer's id, e.g. "
                    + "https://training.example.org/issuer)");
        }
        URI issuerUri = uri("--badge-issuer", issuer);
        if (!issuerUri.isAbsolute()) {
            throw new IllegalArgumentException("--badge-issuer: not an absolute URI (https://... or did:...)");
        }
        if (issuerName != null && issuerName.isBlank()) {
            throw new IllegalArgumentException("--badge-issuer-name: must not be blank");
        }
        URI base = baseUri == null ? null : uri("--badge-base-uri", baseUri);
        if (base != null && (!base.isAbsolute() || !baseUri.endsWith("/"))) {
            throw new IllegalArgumentException("--badge-base-uri: must be an absolute URI ending in /");
        }
        return new BadgeFiles(directory, CredentialOptions.issuer(issuerUri).withIssuerName(issuerName)
                .withBaseUri(base));
    }

    private static URI uri(String option, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + ": not a URI (" + e.getReason() + ")");
        }
    }
}

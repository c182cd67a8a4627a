package dev.tandem.io.casepackage;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Settings of a CASE export: where the nodes' {@code uri}s point, the {@code lastChangeDateTime} every node
 * carries, and the CFDocument's {@code creator}.
 *
 * <p>The export never reads a clock: {@code lastChange} is fixed so that two exports of the same curriculum
 * are byte for byte identical. Immutable and thread-safe. Start from {@link #defaults()}.
 *
 * @param baseUri    the base of every node's {@code uri}, ending in {@code /} (for example
 *                   {@code https://case.example.org/ims/case/v1p1/}), or null for {@code urn:uuid:} URIs
 * @param lastChange the {@code lastChangeDateTime} of every node
 * @param creator    the CFDocument's {@code creator}, not blank
 */
public record CaseExportOptions(URI baseUri, Instant lastChange, String creator) {

    /** The default {@code lastChangeDateTime}: 1970-01-01T00:00:00Z (a fixed instant, never the clock). */
    public static final Instant DEFAULT_LAST_CHANGE = Instant.EPOCH;
    /** The default CFDocument {@code creator}. */
    public static final String DEFAULT_CREATOR = "Tandem";

    private static final CaseExportOptions DEFAULTS = new CaseExportOptions(null, DEFAULT_LAST_CHANGE,
            DEFAULT_CREATOR);

    /**
     * Checks the components.
     *
     * @param baseUri    the base of every node's {@code uri}, ending in {@code /} (for example
     *        {@code https://case.example.org/ims/case/v1p1/}), or null for {@code urn:uuid:} URIs
     * @param lastChange the {@code lastChangeDateTime} of every node
     * @param creator    the CFDocument's {@code creator}, not blank
     */
    public CaseExportOptions {
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(creator, "creator");
        if (creator.isBlank()) {
            throw new IllegalArgumentException("Invalid creator (must not be blank)");
        }
        if (baseUri != null && (!baseUri.isAbsolute() || !baseUri.toString().endsWith("/"))) {
            throw new IllegalArgumentException("Invalid base URI (must be absolute and end in '/'): " + baseUri);
        }
    }

    /** {@return the defaults: {@code urn:uuid:} URIs, 1970-01-01T00:00:00Z, creator "Tandem"} */
    public static CaseExportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy with another base URI}
     *
     * @param uri absolute, ending in {@code /}, or null for {@code urn:uuid:}
     */
    public CaseExportOptions withBaseUri(URI uri) {
        return new CaseExportOptions(uri, lastChange, creator);
    }

    /**
     * {@return a copy with another {@code lastChangeDateTime}}
     *
     * @param instant the instant
     */
    public CaseExportOptions withLastChange(Instant instant) {
        return new CaseExportOptions(baseUri, instant, creator);
    }

    /**
     * {@return a copy with another creator}
     *
     * @param name the creator, not blank
     */
    public CaseExportOptions withCreator(String name) {
        return new CaseExportOptions(baseUri, lastChange, name);
    }

    /**
     * {@return the {@code uri} of a node: {@code urn:uuid:ID} without a base URI, else the base followed by
     * the CASE service path of the node's kind, for example {@code BASE/CFItems/ID}}
     *
     * @param kind       the node's kind
     * @param identifier the node's identifier
     */
    public String uriOf(CaseNodeKind kind, UUID identifier) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        if (baseUri == null) {
            return "urn:uuid:" + identifier;
        }
        return baseUri + kind.servicePath() + "/" + identifier;
    }
}

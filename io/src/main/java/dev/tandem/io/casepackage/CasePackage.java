package dev.tandem.io.casepackage;

import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.DomainId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.ReadOptions;
import dev.tandem.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * CASE packages (FORMAT section 11): {@link #export(Curriculum, CaseExportOptions) export} a curriculum's
 * competency framework as a CASE 1.1 package, and {@link #read(Path) read} a CASE 1.0 or 1.1 package as the
 * competency part of a curriculum skeleton.
 *
 * <h2>Identifiers</h2>
 * Every {@code identifier} is a name-based UUID of version 5 (SHA-1, RFC 9562) in the namespace
 * {@link #NAMESPACE}, of the name {@code CURRICULUM} for the CFDocument, {@code CURRICULUM/competency/ID} and
 * {@code CURRICULUM/domain/ID} for the items, and {@code CURRICULUM/association/TYPE/ORIGIN/DESTINATION}
 * (the two node identifiers) for the associations. The same curriculum therefore always exports the same
 * identifiers, and a re-export updates a framework instead of duplicating it.
 *
 * <p>Stateless and thread-safe.
 */
public final class CasePackage {

    /** The RFC 9562 namespace for URLs, in which {@link #NAMESPACE} is named. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** The namespace of Tandem's CASE identifiers: the version 5 UUID of the URL {@code urn:tandem:case}. */
    public static final UUID NAMESPACE = NameBasedUuid.v5(URL_NAMESPACE, "urn:tandem:case");

    private CasePackage() {
    }

    /**
     * Exports a curriculum's competency framework as a CASE 1.1 package.
     *
     * @param curriculum the curriculum
     * @param options    URIs, {@code lastChangeDateTime} and creator
     * @return the package as pretty-printed JSON, ending in a line break
     */
    public static String export(Curriculum curriculum, CaseExportOptions options) {
        Objects.requireNonNull(curriculum, "curriculum");
        Objects.requireNonNull(options, "options");
        return new CaseExporter(curriculum, options).export();
    }

    /**
     * Reads a CASE package file as a curriculum skeleton, with the default limits.
     *
     * @param file a CASE 1.0 or 1.1 package (JSON)
     * @return the skeleton (null when there are errors) and every problem found
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a CASE package as a curriculum skeleton.
     *
     * @param in      the package (UTF-8 JSON); not closed
     * @param options the limits that protect the reader
     * @return the skeleton (null when there are errors) and every problem found
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static ReadResult read(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return new CaseImporter(options).read(in);
    }

    /**
     * Reads a CASE package given as text, with the default limits.
     *
     * @param json the package
     * @return the skeleton (null when there are errors) and every problem found
     */
    public static ReadResult read(String json) {
        Objects.requireNonNull(json, "json");
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
    }

    /**
     * {@return the version 5 UUID of a name in {@link #NAMESPACE}: the rule every identifier of the export
     * follows, for other artefacts to derive matching identifiers}
     *
     * @param name the name, for example {@code CURRICULUM/achievement}
     */
    public static UUID identifier(String name) {
        Objects.requireNonNull(name, "name");
        return NameBasedUuid.v5(NAMESPACE, name);
    }

    /** {@return the identifier of a curriculum's CFDocument} @param curriculumId the curriculum's id */
    public static UUID documentIdentifier(String curriculumId) {
        Objects.requireNonNull(curriculumId, "curriculumId");
        return NameBasedUuid.v5(NAMESPACE, curriculumId);
    }

    /**
     * {@return the identifier of a competency's CFItem}
     *
     * @param curriculumId the curriculum's id
     * @param competency   the competency's id
     */
    public static UUID competencyIdentifier(String curriculumId, CompetencyId competency) {
        Objects.requireNonNull(curriculumId, "curriculumId");
        Objects.requireNonNull(competency, "competency");
        return NameBasedUuid.v5(NAMESPACE, curriculumId + "/competency/" + competency);
    }

    /**
     * {@return the identifier of a domain's CFItem}
     *
     * @param curriculumId the curriculum's id
     * @param domain       the domain's id
     */
    public static UUID domainIdentifier(String curriculumId, DomainId domain) {
        Objects.requireNonNull(curriculumId, "curriculumId");
        Objects.requireNonNull(domain, "domain");
        return NameBasedUuid.v5(NAMESPACE, curriculumId + "/domain/" + domain);
    }

    /**
     * {@return the identifier of a CFAssociation}
     *
     * @param curriculumId the curriculum's id
     * @param type         the association type, for example {@code isChildOf}
     * @param origin       the origin node's identifier
     * @param destination  the destination node's identifier
     */
    public static UUID associationIdentifier(String curriculumId, String type, UUID origin, UUID destination) {
        Objects.requireNonNull(curriculumId, "curriculumId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        return NameBasedUuid.v5(NAMESPACE, curriculumId + "/association/" + type + "/" + origin + "/" + destination);
    }
}

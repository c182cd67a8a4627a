package dev.tandem.io.casepackage;

import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.competency.DomainId;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.ReadOptions;
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
 * (the two node identifiers) for the associations, where {@code CURRICULUM} is the curriculum id, except in
 * association names when the document's {@code case} block gives an identifier: then that identifier. The same curriculum therefore always exports the same
 * identifiers, and a re-export updates a framework instead of duplicating it.
 *
 * <h2>Identity kept</h2>
 * A curriculum, competency or domain with a {@code case} block (FORMAT section 11.1) keeps the
 * {@code identifier} and {@code uri} the block gives; only what is absent is derived. The {@code *Of} methods
 * below give the identifier and URI an export writes for each node, for other artefacts (Open Badges
 * alignments) to point at the same nodes.
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
    public static CaseImport read(Path file) {
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
    public static CaseImport read(InputStream in, ReadOptions options) {
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
    public static CaseImport read(String json) {
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

    /**
     * {@return the identifier the export gives a curriculum's CFDocument: its {@code case} block's, else the
     * derived one}
     *
     * @param curriculum the curriculum
     */
    public static UUID documentIdentifierOf(Curriculum curriculum) {
        Objects.requireNonNull(curriculum, "curriculum");
        return curriculum.caseDocument().map(CaseDocument::identifier)
                .orElseGet(() -> documentIdentifier(curriculum.id()));
    }

    /**
     * {@return the {@code uri} the export gives a curriculum's CFDocument: its {@code case} block's, else one
     * made from its identifier by the options}
     *
     * @param curriculum the curriculum
     * @param options    the export options
     */
    public static String documentUriOf(Curriculum curriculum, CaseExportOptions options) {
        Objects.requireNonNull(options, "options");
        return curriculum.caseDocument().map(CaseDocument::uri).map(Object::toString)
                .orElseGet(() -> options.uriOf(CaseNodeKind.DOCUMENT, documentIdentifierOf(curriculum)));
    }

    /**
     * {@return the identifier the export gives a competency's CFItem: its {@code case} block's, else the
     * derived one}
     *
     * @param curriculum the curriculum
     * @param competency a competency of it
     */
    public static UUID identifierOf(Curriculum curriculum, Competency competency) {
        Objects.requireNonNull(curriculum, "curriculum");
        return identifier(competency.caseItem(), () -> competencyIdentifier(curriculum.id(), competency.id()));
    }

    /**
     * {@return the identifier the export gives a domain's CFItem: its {@code case} block's, else the derived
     * one}
     *
     * @param curriculum the curriculum
     * @param domain     a domain of it
     */
    public static UUID identifierOf(Curriculum curriculum, Domain domain) {
        Objects.requireNonNull(curriculum, "curriculum");
        return identifier(domain.caseItem(), () -> domainIdentifier(curriculum.id(), domain.id()));
    }

    /**
     * {@return the {@code uri} the export gives a competency's CFItem: its {@code case} block's, else one made
     * from its identifier by the options}
     *
     * @param curriculum the curriculum
     * @param competency a competency of it
     * @param options    the export options
     */
    public static String uriOf(Curriculum curriculum, Competency competency, CaseExportOptions options) {
        Objects.requireNonNull(options, "options");
        return uri(competency.caseItem(), identifierOf(curriculum, competency), options);
    }

    /**
     * {@return the {@code uri} the export gives a domain's CFItem: its {@code case} block's, else one made
     * from its identifier by the options}
     *
     * @param curriculum the curriculum
     * @param domain     a domain of it
     * @param options    the export options
     */
    public static String uriOf(Curriculum curriculum, Domain domain, CaseExportOptions options) {
        Objects.requireNonNull(options, "options");
        return uri(domain.caseItem(), identifierOf(curriculum, domain), options);
    }

    private static UUID identifier(CaseItem block, java.util.function.Supplier<UUID> derived) {
        return block != null && block.identifier() != null ? block.identifier() : derived.get();
    }

    private static String uri(CaseItem block, UUID identifier, CaseExportOptions options) {
        return block != null && block.uri() != null ? block.uri().toString()
                : options.uriOf(CaseNodeKind.ITEM, identifier);
    }
}

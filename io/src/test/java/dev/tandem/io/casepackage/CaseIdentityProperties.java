package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.io.conformance.OfficialSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A framework keeps its identity through Tandem (FORMAT section 11.1): {@code import} then {@code export} gives
 * back the same identifiers, URIs, coding schemes, item types, hierarchy, order and associations between its
 * items, for generated packages and for every real package in the test resources.
 */
class CaseIdentityProperties {

    /** One generated CFItem. {@code parent}: -1 none, 0 the document, k the k-th earlier item (modulo). */
    record ItemSpec(String code, String type, boolean domain, int parent, Integer sequence, String statement,
            boolean httpUri) {
    }

    /** One generated association between the items {@code origin} and {@code destination} (modulo). */
    record AssociationSpec(String type, int origin, int destination, boolean outside) {
    }

    /** A generated package. */
    record Spec(int salt, boolean wrapped, List<ItemSpec> items, List<AssociationSpec> associations) {
    }

    @Property(tries = 200)
    void importThenExportKeepsTheFrameworksIdentity(@ForAll("packages") Spec spec) {
        String original = json(spec);
        CaseImport imported = CasePackage.read(original);
        assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
        String exported = CasePackage.export(imported.orElseThrow(), CaseExportOptions.defaults());
        assertThat(OfficialSchemas.problems(OfficialSchemas.CASE_1_1, exported)).isEmpty();
        assertThat(PackageIdentity.of(exported)).isEqualTo(PackageIdentity.of(original));
        assertThat(exportAgain(exported)).isEqualTo(exported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ItemTypeTestFramework.json", "Ordering.json", "SequenceNumberFramework.json",
        "SmartLevelFramework.json", "Utf8TestFramework.json", "opensalt-sample-framework.json",
        "AdoptedTestFramework.json", "MarkdownFramework.json"})
    void everyRealPackageKeepsItsIdentityThroughImportAndExport(String file) {
        String original = resource(file);
        Curriculum imported = CasePackage.read(original).orElseThrow();
        String exported = CasePackage.export(imported, CaseExportOptions.defaults());
        assertThat(OfficialSchemas.problems(OfficialSchemas.CASE_1_1, exported)).isEmpty();
        assertThat(PackageIdentity.of(exported)).isEqualTo(PackageIdentity.of(original));
        assertThat(exportAgain(exported)).isEqualTo(exported);
    }

    private static String exportAgain(String pkg) {
        return CasePackage.export(CasePackage.read(pkg).orElseThrow(), CaseExportOptions.defaults());
    }

    static String resource(String name) {
        try (InputStream in = CaseIdentityProperties.class.getResourceAsStream("/case/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Spec> packages() {
        Arbitrary<ItemSpec> item = Combinators.combine(codes().injectNull(0.2), types().injectNull(0.2),
                Arbitraries.integers().between(0, 5).map(n -> n == 0), Arbitraries.integers().between(-1, 40),
                Arbitraries.integers().between(0, 30).injectNull(0.3),
                Arbitraries.strings().alpha().numeric().withChars(' ', '\u00e9', '\u2013').ofMaxLength(12),
                Arbitraries.of(true, false))
                .as((code, type, domain, parent, seq, text, http) -> new ItemSpec(code, type, domain, parent, seq,
                        "Statement " + text, http));
        Arbitrary<AssociationSpec> association = Combinators.combine(
                Arbitraries.of("precedes", "isRelatedTo", "exactMatchOf", "isPeerOf", "exemplar"),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 4).map(n -> n == 0))
                .as(AssociationSpec::new);
        return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.of(false, true),
                item.list().ofMinSize(1).ofMaxSize(14), association.list().ofMaxSize(12)).as(Spec::new)
                .filter(spec -> spec.items().stream().anyMatch(it -> !it.domain())); // a curriculum needs a competency
    }

    /** Coding schemes as real frameworks write them: upper case, dots, dashes, spaces, brackets, slashes. */
    private static Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.of("M-DOK1", "CCSS.Math.Content.6.RP.A.1", "ELA 3.1(b)", "S/2.a", "SC.K.N.1.1", "MD.Table"),
                Arbitraries.strings().withChars("ABMDOKxyz0123.-_ ()/:#").ofMinLength(1).ofMaxLength(9)
                        .filter(s -> !s.isBlank()));
    }

    private static Arbitrary<String> types() {
        return Arbitraries.of("Standard", "Cluster", "Component", "Competency", "Learning Target", "Grade Level");
    }

    // ------------------------------------------------------------------------------------------ the package

    private static UUID uuid(Spec spec, String name) {
        return UUID.nameUUIDFromBytes((spec.salt() + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    static String json(Spec spec) {
        UUID doc = uuid(spec, "document");
        List<String> items = new ArrayList<>();
        List<String> associations = new ArrayList<>();
        List<ItemSpec> specs = spec.items();
        for (int i = 0; i < specs.size(); i++) {
            ItemSpec it = specs.get(i);
            UUID id = uuid(spec, "item/" + i);
            String uri = it.httpUri() ? "https://case.example.org/uri/" + id : "urn:uuid:" + id;
            items.add("{\"identifier\":\"" + id + "\",\"uri\":\"" + uri + "\",\"lastChangeDateTime\":"
                    + "\"2024-05-01T12:00:00+00:00\",\"fullStatement\":" + quote(it.statement())
                    + (it.code() == null ? "" : ",\"humanCodingScheme\":" + quote(it.code()))
                    + (it.domain() ? ",\"CFItemType\":\"Domain\"" : it.type() == null ? ""
                            : ",\"CFItemType\":" + quote(it.type())) + "}");
            if (it.parent() >= 0 || it.domain()) {
                int k = it.domain() || i == 0 ? 0 : it.parent() % (i + 1);
                UUID parent = k == 0 ? doc : uuid(spec, "item/" + (k - 1));
                associations.add(association(spec, "isChildOf", id, parent, it.sequence()));
            }
        }
        for (AssociationSpec a : spec.associations()) {
            int o = a.origin() % specs.size();
            int d = a.destination() % specs.size();
            if (o == d || specs.get(o).domain() || specs.get(d).domain()) {
                continue;
            }
            if (a.type().equals("precedes") && o > d) {
                int t = o;
                o = d;
                d = t;
            }
            UUID destination = a.outside() ? uuid(spec, "outside/" + d) : uuid(spec, "item/" + d);
            associations.add(association(spec, a.type(), uuid(spec, "item/" + o), destination, null));
        }
        String pkg = "{\"CFDocument\":{\"identifier\":\"" + doc + "\",\"uri\":\"https://case.example.org/uri/" + doc
                + "\",\"creator\":\"Generated\",\"title\":\"Generated Framework " + spec.salt() + "\","
                + "\"lastChangeDateTime\":\"2024-05-01T12:00:00+00:00\",\"caseVersion\":\"1.1\"},"
                + "\"CFItems\":[" + String.join(",", items) + "],\"CFAssociations\":["
                + String.join(",", associations) + "]}";
        return spec.wrapped() ? "{\"CFPackage\":" + pkg + "}" : pkg;
    }

    private static String association(Spec spec, String type, UUID origin, UUID destination, Integer sequence) {
        UUID id = uuid(spec, "association/" + type + "/" + origin + "/" + destination);
        return "{\"identifier\":\"" + id + "\",\"uri\":\"urn:uuid:" + id + "\",\"lastChangeDateTime\":"
                + "\"2024-05-01T12:00:00+00:00\",\"associationType\":\"" + type + "\""
                + (sequence == null ? "" : ",\"sequenceNumber\":" + sequence)
                + ",\"originNodeURI\":" + link(origin) + ",\"destinationNodeURI\":" + link(destination) + "}";
    }

    private static String link(UUID id) {
        return "{\"title\":\"node\",\"identifier\":\"" + id + "\",\"uri\":\"urn:uuid:" + id + "\"}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Competency;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Domain;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case blocks (FORMAT section 11.1): what import fills in and what export takes from them. */
class CaseIdentityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID DOC = UUID.fromString("c1a55e00-0000-4000-8000-000000000001");
    private static final UUID ITEM = UUID.fromString("c1a55e00-0000-4000-8000-0000000000a1");

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Curriculum sample() {
        return CasePackage.read(CaseIdentityProperties.resource("opensalt-sample-framework.json")).orElseThrow();
    }

    private static JsonNode itemOf(JsonNode pkg, String identifier) {
        for (JsonNode item : pkg.get("CFItems")) {
            if (item.get("identifier").asText().equals(identifier)) {
                return item;
            }
        }
        throw new AssertionError("no CFItem " + identifier);
    }

    @Test
    void importFillsTheDocumentsCaseBlock() {
        assertThat(sample().caseDocument()).contains(new CaseDocument(
                UUID.fromString("20c5134f-423d-4097-a971-3dd5152bf507"),
                "http://opensalt-staging.opened.com/uri/20c5134f-423d-4097-a971-3dd5152bf507"));
    }

    @Test
    void importKeepsTheCodeAsWrittenWhileTheIdIsLowerCase() {
        Competency c = sample().competency(CompetencyId.of("ccss.math.content.6.rp.a")).orElseThrow();
        assertThat(c.caseItem().humanCodingScheme()).isEqualTo("CCSS.Math.Content.6.RP.A");
        assertThat(c.caseItem().itemType()).isEqualTo("Cluster");
        assertThat(c.caseItem().identifier()).isNotNull();
        assertThat(c.caseItem().uri()).endsWith(c.caseItem().identifier().toString());
    }

    @Test
    void importOrdersSiblingsBySequenceNumberThenDocumentOrder() {
        Curriculum c = CasePackage.read(CaseIdentityProperties.resource("SequenceNumberFramework.json")).orElseThrow();
        assertThat(c.competencies()).extracting(k -> k.id().value()).containsExactly("snt.2", "snt.1");
    }

    @Test
    void exportWritesSequenceNumbersInDocumentOrderPerParent() {
        JsonNode pkg = tree(CasePackage.export(Curricula.community(), CaseExportOptions.defaults()));
        List<String> numbers = new ArrayList<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            if (a.get("associationType").asText().equals("isChildOf")) {
                numbers.add(a.get("destinationNodeURI").get("title").asText() + "#" + a.get("sequenceNumber").asInt());
            } else {
                assertThat(a.has("sequenceNumber")).isFalse();
            }
        }
        // two domains and ethics.boundaries under the document, one competency per domain, two children
        assertThat(numbers).containsExactly("Peer Support Training#1", "Peer Support Training#2",
                "Foundations of recovery#1", "Crisis recognition and response#1", "Responds to a crisis#1",
                "Responds to a crisis#2", "Peer Support Training#3");
    }

    @Test
    void aWrappedPackageImportsLikeTheBareOne() {
        String bare = CaseIdentityProperties.resource("Ordering.json");
        CaseImport wrapped = CasePackage.read("{\"CFPackage\":" + bare + "}");
        assertThat(wrapped.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(wrapped.orElseThrow()).isEqualTo(CasePackage.read(bare).orElseThrow());
    }

    @Test
    void problemsInAWrappedPackagePointIntoTheWrapper() {
        CaseImport result = CasePackage.read("{\"CFPackage\":{\"CFDocument\":{\"identifier\":\"" + DOC
                + "\",\"title\":\"T\"},\"CFItems\":[{\"identifier\":\"" + ITEM + "\"}]}}");
        assertThat(result.diagnostics()).extracting(d -> d.path().toString())
                .containsExactly("/CFPackage/CFItems/0/fullStatement");
    }

    @Test
    void aPackageWithoutItemsIsOneErrorWithoutPosition() {
        CaseImport result = CasePackage.read(CaseIdentityProperties.resource("EmptyExternalFramework.json"));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MISSING_FIELD);
            assertThat(d.path().toString()).isEqualTo("/CFItems");
            assertThat(d.line()).isZero();
            assertThat(d.message()).contains("no CFItems");
        });
    }

    @Test
    void identifiersThatAreNotUuidsAndRelativeUrisAreLeftOutOfTheBlockWithAWarning() {
        CaseImport result = CasePackage.read("{\"CFDocument\":{\"identifier\":\"" + DOC + "\",\"title\":\"T\"},"
                + "\"CFItems\":[{\"identifier\":\"item-1\",\"uri\":\"items/1\",\"fullStatement\":\"S\","
                + "\"humanCodingScheme\":\"A.1\"}]}");
        Competency c = result.orElseThrow().competencies().get(0);
        assertThat(c.caseItem()).isEqualTo(new CaseItem(null, null, "A.1", null));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "1 CFItem identifier is not a UUID, so the export gives the node a derived one instead",
                "1 CFItem uri is not an absolute URI, so the export gives the node a derived one instead");
    }

    @Test
    void exportUsesTheBlocksAndDerivesOnlyWhatIsAbsent() {
        String itemUri = "https://standards.example.org/items/" + ITEM;
        Curriculum c = Curricula.minimal().caseDocument(CaseDocument.of(DOC))
                .domain(new Domain(dev.tandem.competency.DomainId.of("math"), "Mathematics",
                        new CaseItem(null, null, "MATH", "Strand")))
                .competency(Competency.builder("m-dok1", "Recall").domain("math")
                        .caseItem(new CaseItem(ITEM, itemUri, "M-DOK1", "Standard")).build())
                .competency(Competency.builder("m-dok2", "Apply").parent("m-dok1")
                        .caseItem(CaseItem.of(UUID.fromString("c1a55e00-0000-4000-8000-0000000000a2"))).build())
                .competency(Competency.builder("plain", "Plain").build())
                .build();
        JsonNode pkg = tree(CasePackage.export(c, CaseExportOptions.defaults()));
        assertThat(pkg.get("CFDocument").get("identifier").asText()).isEqualTo(DOC.toString());
        assertThat(pkg.get("CFDocument").get("uri").asText()).isEqualTo("urn:uuid:" + DOC);
        JsonNode dok1 = itemOf(pkg, ITEM.toString());
        assertThat(dok1.get("uri").asText()).isEqualTo(itemUri.toString());
        assertThat(dok1.get("humanCodingScheme").asText()).isEqualTo("M-DOK1");
        assertThat(dok1.get("CFItemType").asText()).isEqualTo("Standard");
        JsonNode dok2 = itemOf(pkg, "c1a55e00-0000-4000-8000-0000000000a2");
        assertThat(dok2.has("humanCodingScheme")).isFalse();
        assertThat(dok2.has("CFItemType")).isFalse();
        JsonNode math = pkg.get("CFItems").get(0);
        assertThat(math.get("identifier").asText())
                .isEqualTo(CasePackage.domainIdentifier("peer-support", dev.tandem.competency.DomainId.of("math"))
                        .toString());
        assertThat(math.get("CFItemType").asText()).isEqualTo("Strand");
        JsonNode plain = itemOf(pkg, CasePackage.competencyIdentifier("peer-support", CompetencyId.of("plain"))
                .toString());
        assertThat(plain.get("humanCodingScheme").asText()).isEqualTo("plain");
        assertThat(plain.get("CFItemType").asText()).isEqualTo("Competency");
    }

    @Test
    void associationIdentifiersAreNamedAfterTheDocumentsOwnIdentifier() {
        Curriculum c = Curricula.minimal().caseDocument(CaseDocument.of(DOC))
                .competency(Competency.builder("a", "A").caseItem(CaseItem.of(ITEM)).build()).build();
        JsonNode pkg = tree(CasePackage.export(c, CaseExportOptions.defaults()));
        assertThat(pkg.get("CFAssociations").get(0).get("identifier").asText()).isEqualTo(
                CasePackage.associationIdentifier(DOC.toString(), "isChildOf", ITEM, DOC).toString());
    }

    @Test
    void twoNodesWithOneCaseIdentifierAreADuplicateId() {
        List<Diagnostic> problems = Curricula.minimal()
                .competency(Competency.builder("a", "A").caseItem(CaseItem.of(ITEM)).build())
                .competency(Competency.builder("b", "B").caseItem(CaseItem.of(ITEM)).build()).diagnostics();
        assertThat(problems).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_ID);
            assertThat(d.path().toString()).isEqualTo("/competencies/1/case/identifier");
        });
    }
}

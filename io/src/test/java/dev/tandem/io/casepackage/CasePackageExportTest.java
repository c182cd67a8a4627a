package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.conformance.OfficialSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CasePackageExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Curriculum COMMUNITY = Curricula.community();

    static JsonSchema caseSchema() {
        return OfficialSchemas.CASE_1_1;
    }

    private static JsonNode export(Curriculum c, CaseExportOptions options) {
        try {
            return JSON.readTree(CasePackage.export(c, options));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode export() {
        return export(COMMUNITY, CaseExportOptions.defaults());
    }

    private static JsonNode item(JsonNode pkg, String code) {
        for (JsonNode item : pkg.get("CFItems")) {
            if (item.path("humanCodingScheme").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no CFItem with humanCodingScheme " + code);
    }

    private static List<JsonNode> associations(JsonNode pkg, String type, JsonNode origin) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            if (a.get("associationType").asText().equals(type)
                    && a.get("originNodeURI").get("identifier").equals(origin.get("identifier"))) {
                found.add(a);
            }
        }
        return found;
    }

    private static List<JsonNode> nodes(JsonNode pkg) {
        List<JsonNode> all = new ArrayList<>();
        all.add(pkg.get("CFDocument"));
        pkg.get("CFItems").forEach(all::add);
        pkg.get("CFAssociations").forEach(all::add);
        return all;
    }

    @Test
    void theExportIsValidAgainstTheCasePackageSchema() {
        Set<ValidationMessage> problems = caseSchema().validate(export());
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnItemWithoutAnIdentifier() {
        JsonNode pkg = export();
        ((ObjectNode) pkg.get("CFItems").get(0)).remove("identifier");
        assertThat(caseSchema().validate(pkg)).isNotEmpty();
    }

    @Test
    void theExportWithABaseUriIsValidAgainstTheSchemaToo() {
        JsonNode pkg = export(COMMUNITY, CaseExportOptions.defaults()
                .withBaseUri(URI.create("https://case.example.org/ims/case/v1p1/")));
        assertThat(caseSchema().validate(pkg)).isEmpty();
    }

    @Test
    void theDocumentCarriesCreatorTitleVersionAndCaseVersion() {
        JsonNode doc = export().get("CFDocument");
        assertThat(doc.get("creator").asText()).isEqualTo("Tandem");
        assertThat(doc.get("title").asText()).isEqualTo("Peer Support Training");
        assertThat(doc.get("version").asText()).isEqualTo("2.1.0");
        assertThat(doc.get("description").asText()).isEqualTo("Training for community peer specialists.");
        assertThat(doc.get("caseVersion").asText()).isEqualTo("1.1");
    }

    @Test
    void everyNodeCarriesIdentifierUriAndLastChangeDateTime() {
        for (JsonNode node : nodes(export())) {
            assertThat(node.get("identifier").asText()).matches(UUID_TEXT);
            assertThat(node.get("uri").asText()).isEqualTo("urn:uuid:" + node.get("identifier").asText());
            assertThat(node.get("lastChangeDateTime").asText()).isEqualTo("1970-01-01T00:00:00Z");
        }
    }

    @Test
    void lastChangeDateTimeAndCreatorComeFromTheOptions() {
        JsonNode pkg = export(COMMUNITY, CaseExportOptions.defaults()
                .withLastChange(Instant.parse("2026-03-01T12:30:00Z")).withCreator("Peer Board"));
        assertThat(pkg.get("CFDocument").get("creator").asText()).isEqualTo("Peer Board");
        for (JsonNode node : nodes(pkg)) {
            assertThat(node.get("lastChangeDateTime").asText()).isEqualTo("2026-03-01T12:30:00Z");
        }
    }

    @Test
    void urisFollowTheCaseServicePathsUnderABaseUri() {
        JsonNode pkg = export(COMMUNITY, CaseExportOptions.defaults()
                .withBaseUri(URI.create("https://case.example.org/v1p1/")));
        JsonNode doc = pkg.get("CFDocument");
        assertThat(doc.get("uri").asText())
                .isEqualTo("https://case.example.org/v1p1/CFDocuments/" + doc.get("identifier").asText());
        JsonNode item = item(pkg, "crisis.core");
        assertThat(item.get("uri").asText())
                .isEqualTo("https://case.example.org/v1p1/CFItems/" + item.get("identifier").asText());
        JsonNode a = pkg.get("CFAssociations").get(0);
        assertThat(a.get("uri").asText())
                .isEqualTo("https://case.example.org/v1p1/CFAssociations/" + a.get("identifier").asText());
    }

    @Test
    void eachCompetencyIsAnItemWithItsIdAsCodeAndItsTitleAsStatement() {
        JsonNode pkg = export();
        JsonNode item = item(pkg, "crisis.warning-signs");
        assertThat(item.get("fullStatement").asText()).isEqualTo("Recognises warning signs of suicide");
        assertThat(item.get("CFItemType").asText()).isEqualTo("Competency");
        assertThat(item(pkg, "foundations.recovery").get("notes").asText())
                .isEqualTo("Knows what recovery means to peers.");
        assertThat(pkg.get("CFItems")).hasSize(2 + 5);
    }

    @Test
    void eachDomainIsAnItemOfTypeDomain() {
        JsonNode item = item(export(), "crisis");
        assertThat(item.get("CFItemType").asText()).isEqualTo("Domain");
        assertThat(item.get("fullStatement").asText()).isEqualTo("Crisis recognition and response");
    }

    @Test
    void aChildIsChildOfItsParentOnly() {
        JsonNode pkg = export();
        List<JsonNode> links = associations(pkg, "isChildOf", item(pkg, "crisis.warning-signs"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("destinationNodeURI").get("identifier"))
                .isEqualTo(item(pkg, "crisis.core").get("identifier"));
    }

    @Test
    void aCompetencyWithoutParentIsChildOfItsDomain() {
        JsonNode pkg = export();
        List<JsonNode> links = associations(pkg, "isChildOf", item(pkg, "crisis.core"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("destinationNodeURI").get("identifier"))
                .isEqualTo(item(pkg, "crisis").get("identifier"));
    }

    @Test
    void aCompetencyWithNeitherParentNorDomainAndEachDomainAreChildrenOfTheDocument() {
        JsonNode pkg = export();
        JsonNode doc = pkg.get("CFDocument");
        for (String code : List.of("ethics.boundaries", "crisis", "foundations")) {
            List<JsonNode> links = associations(pkg, "isChildOf", item(pkg, code));
            assertThat(links).hasSize(1);
            JsonNode destination = links.get(0).get("destinationNodeURI");
            assertThat(destination.get("identifier")).isEqualTo(doc.get("identifier"));
            assertThat(destination.get("uri")).isEqualTo(doc.get("uri"));
            assertThat(destination.get("title")).isEqualTo(doc.get("title"));
        }
    }

    @Test
    void requiresBecomesPrecedesFromTheRequiredToTheRequiringCompetency() {
        JsonNode pkg = export();
        List<JsonNode> links = associations(pkg, "precedes", item(pkg, "foundations.recovery"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("destinationNodeURI").get("identifier"))
                .isEqualTo(item(pkg, "crisis.warning-signs").get("identifier"));
    }

    @Test
    void relatedBecomesIsRelatedToAndEquivalentBecomesExactMatchOf() {
        JsonNode pkg = export();
        List<JsonNode> related = associations(pkg, "isRelatedTo", item(pkg, "crisis.escalation-judgement"));
        assertThat(related).singleElement().satisfies(a -> assertThat(a.get("destinationNodeURI").get("identifier"))
                .isEqualTo(item(pkg, "crisis.warning-signs").get("identifier")));
        List<JsonNode> equivalent = associations(pkg, "exactMatchOf", item(pkg, "ethics.boundaries"));
        assertThat(equivalent).singleElement().satisfies(a -> assertThat(a.get("destinationNodeURI")
                .get("identifier")).isEqualTo(item(pkg, "foundations.recovery").get("identifier")));
        assertThat(pkg.get("CFAssociations")).hasSize(2 + 5 + 3);
    }

    @Test
    void associationEndsNameTheLinkedItemsTitleIdentifierAndUri() {
        JsonNode pkg = export();
        JsonNode child = item(pkg, "crisis.warning-signs");
        JsonNode origin = associations(pkg, "isChildOf", child).get(0).get("originNodeURI");
        assertThat(origin.get("title")).isEqualTo(child.get("fullStatement"));
        assertThat(origin.get("identifier")).isEqualTo(child.get("identifier"));
        assertThat(origin.get("uri")).isEqualTo(child.get("uri"));
    }

    @Test
    void noItemOrAssociationCarriesADocumentLinkSinceCase11RefusesIt() {
        JsonNode pkg = export();
        pkg.get("CFItems").forEach(item -> assertThat(item.has("CFDocumentURI")).isFalse());
        pkg.get("CFAssociations").forEach(a -> assertThat(a.has("CFDocumentURI")).isFalse());
    }

    @Test
    void twoExportsOfTheSameCurriculumAreIdentical() {
        assertThat(CasePackage.export(Curricula.community(), CaseExportOptions.defaults()))
                .isEqualTo(CasePackage.export(Curricula.community(), CaseExportOptions.defaults()));
    }

    @Test
    void identifiersAreVersion5UuidsOfTheCurriculumAndTheItem() {
        JsonNode pkg = export();
        assertThat(item(pkg, "crisis.core").get("identifier").asText()).isEqualTo(NameBasedUuid
                .v5(CasePackage.NAMESPACE, "peer-support/competency/crisis.core").toString());
        assertThat(item(pkg, "crisis").get("identifier").asText())
                .isEqualTo(NameBasedUuid.v5(CasePackage.NAMESPACE, "peer-support/domain/crisis").toString());
        assertThat(pkg.get("CFDocument").get("identifier").asText())
                .isEqualTo(NameBasedUuid.v5(CasePackage.NAMESPACE, "peer-support").toString());
    }

    @Test
    void anotherCurriculumIdGivesOtherIdentifiers() {
        Curriculum renamed = Curricula.community().toBuilder().id("peer-support-2").build();
        UUID before = UUID.fromString(item(export(), "crisis.core").get("identifier").asText());
        UUID after = UUID.fromString(item(export(renamed, CaseExportOptions.defaults()), "crisis.core")
                .get("identifier").asText());
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void allIdentifiersInAPackageAreDistinct() {
        List<String> ids = nodes(export()).stream().map(n -> n.get("identifier").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}

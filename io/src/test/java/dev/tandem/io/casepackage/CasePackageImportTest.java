package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Relation;
import dev.tandem.competency.RelationType;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CasePackageImportTest {

    private static CaseImport resource(String name) {
        try (InputStream in = CasePackageImportTest.class.getResourceAsStream("/case/" + name)) {
            return CasePackage.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Competency competency(Curriculum c, String id) {
        return c.competency(CompetencyId.of(id)).orElseThrow();
    }

    /** A package with a document, the given items (identifier, code, statement, type) and associations. */
    private static String pkg(List<String> items, List<String> associations) {
        return "{\"CFDocument\":{\"identifier\":\"d0000000-0000-0000-0000-000000000000\",\"uri\":\"urn:x:d\","
                + "\"lastChangeDateTime\":\"2020-01-01T00:00:00Z\",\"creator\":\"t\",\"title\":\"Test Framework\"},"
                + "\"CFItems\":[" + String.join(",", items) + "],\"CFAssociations\":[" + String.join(",", associations)
                + "]}";
    }

    private static String item(String n, String code, String statement, String type) {
        return "{\"identifier\":\"00000000-0000-0000-0000-00000000000" + n + "\",\"uri\":\"urn:x:" + n + "\","
                + "\"lastChangeDateTime\":\"2020-01-01T00:00:00Z\",\"fullStatement\":\"" + statement + "\""
                + (code == null ? "" : ",\"humanCodingScheme\":\"" + code + "\"")
                + (type == null ? "" : ",\"CFItemType\":\"" + type + "\"") + "}";
    }

    private static String assoc(String type, String origin, String destination) {
        return "{\"identifier\":\"a0000000-0000-0000-0000-000000000000\",\"uri\":\"urn:x:a\",\"lastChangeDateTime\":"
                + "\"2020-01-01T00:00:00Z\",\"associationType\":\"" + type + "\",\"originNodeURI\":" + node(origin)
                + ",\"destinationNodeURI\":" + node(destination) + "}";
    }

    private static String node(String n) {
        String id = n.equals("doc") ? "d0000000-0000-0000-0000-000000000000"
                : n.startsWith("x") ? "99999999-0000-0000-0000-00000000000" + n.substring(1)
                : "00000000-0000-0000-0000-00000000000" + n;
        return "{\"title\":\"t\",\"identifier\":\"" + id + "\",\"uri\":\"urn:x:" + n + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"ItemTypeTestFramework.json", "Ordering.json", "SequenceNumberFramework.json",
            "SmartLevelFramework.json", "Utf8TestFramework.json", "opensalt-sample-framework.json"})
    void everyOpenSaltPackageImportsWithoutErrors(String file) {
        CaseImport result = resource(file);
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(result.curriculum().competencies()).isNotEmpty();
    }

    @Test
    void orderingKeepsTheHierarchyAndUsesTheCodesAsIds() {
        Curriculum c = resource("Ordering.json").orElseThrow();
        assertThat(c.competencies()).hasSize(28);
        assertThat(c.id()).isEqualTo("act-holistic-framework-math");
        assertThat(c.title()).isEqualTo("ACT Holistic Framework, Math");
        assertThat(competency(c, "h.a.math.gm").parent()).isNull();
        assertThat(competency(c, "h.a.math.gm.pf").parent()).isEqualTo(CompetencyId.of("h.a.math.gm"));
        assertThat(competency(c, "h.a.math.gm.pf.2dfp.l1.10").parent())
                .isEqualTo(CompetencyId.of("h.a.math.gm.pf.2dfp.l1"));
        assertThat(c.description()).isEmpty();
    }

    @Test
    void itemsWithoutACodeUseTheirIdentifier() {
        Curriculum c = resource("SmartLevelFramework.json").orElseThrow();
        Competency item = competency(c, "00000000-0000-0000-0000-000000000003");
        assertThat(item.title()).isEqualTo("Item 1.1");
        assertThat(item.parent()).isEqualTo(CompetencyId.of("00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void aTitleOutsideTheIdCharactersGivesAnIdWithDashes() {
        Curriculum c = resource("Utf8TestFramework.json").orElseThrow();
        assertThat(c.id()).isEqualTo("utf8-test");
        assertThat(c.competencies().get(0).title()).isEqualTo("Item \uD835\uDC51 1");
    }

    @Test
    void theOpenSaltSampleKeepsInternalRelationsAndCountsTheRest() {
        CaseImport result = resource("opensalt-sample-framework.json");
        Curriculum c = result.orElseThrow();
        assertThat(c.competencies()).hasSize(16);
        assertThat(competency(c, "ccss.math.content.6.rp.a.2").relations()).containsExactly(
                new Relation(RelationType.REQUIRES, CompetencyId.of("ccss.math.content.6.rp.a.1")));
        assertThat(result.warnings()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "16 associations left out: 'exactMatchOf' to or from a node outside the package",
                "1 association left out: 'precedes' to or from a node outside the package",
                "2 associations left out: 'isRelatedTo' to or from a node outside the package",
                "2 associations left out: type 'exemplar' has no counterpart in Tandem");
        assertThat(result.warnings()).allMatch(d -> d.code() == DiagnosticCode.UNKNOWN_REFERENCE);
    }

    @Test
    void theSkeletonHasPlaceholderScaleModuleAndSettingAndOnlyUnmeasuredWarnings() {
        Curriculum c = resource("SequenceNumberFramework.json").orElseThrow();
        assertThat(c.scales()).containsExactly(CaseImporter.PLACEHOLDER_SCALE);
        assertThat(c.modules()).containsExactly(CaseImporter.PLACEHOLDER_MODULE);
        assertThat(c.version()).isEqualTo("0.1.0");
        assertThat(c.warnings()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.UNMEASURED_COMPETENCY, DiagnosticCode.UNMEASURED_COMPETENCY);
    }

    @Test
    void codesBecomeLowerCaseWithRunsOfOtherCharactersAsOneDash() {
        assertThat(CaseImporter.slug("CCSS.Math.Content.6.RP.A")).isEqualTo("ccss.math.content.6.rp.a");
        assertThat(CaseImporter.slug("Crisis  / Signs (1)")).isEqualTo("crisis-signs-1-");
        assertThat(CaseImporter.slug("  leading")).isNull();
        assertThat(CaseImporter.slug("x".repeat(65))).isNull();
    }

    @Test
    void codesThatCollideFallBackToIdentifiersForEveryCollidingItem() {
        Curriculum c = CasePackage.read(pkg(List.of(item("1", "A 1", "One", null), item("2", "a-1", "Two", null),
                item("3", "B", "Three", null)), List.of())).orElseThrow();
        assertThat(c.competencies()).extracting(comp -> comp.id().value()).containsExactly(
                "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", "b");
    }

    @Test
    void domainItemsBecomeDomainsAndIsChildOfADomainSetsTheDomain() {
        Curriculum c = CasePackage.read(pkg(List.of(item("1", "Crisis", "Crisis response", "Domain"),
                item("2", "C.1", "Spots signs", null)), List.of(assoc("isChildOf", "2", "1"),
                assoc("isChildOf", "1", "doc")))).orElseThrow();
        assertThat(c.domains()).singleElement().satisfies(d -> {
            assertThat(d.id().value()).isEqualTo("crisis");
            assertThat(d.title()).isEqualTo("Crisis response");
        });
        assertThat(competency(c, "c.1").domain().value()).isEqualTo("crisis");
        assertThat(competency(c, "c.1").parent()).isNull();
    }

    @Test
    void isChildOfTheDocumentGivesNeitherParentNorDomain() {
        CaseImport result = CasePackage.read(pkg(List.of(item("1", "A", "One", null)),
                List.of(assoc("isChildOf", "1", "doc"))));
        Competency a = competency(result.orElseThrow(), "a");
        assertThat(a.parent()).isNull();
        assertThat(a.domain()).isNull();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void precedesIsRelatedToAndExactMatchOfBecomeRelations() {
        Curriculum c = CasePackage.read(pkg(List.of(item("1", "A", "One", null), item("2", "B", "Two", null)),
                List.of(assoc("precedes", "1", "2"), assoc("isRelatedTo", "1", "2"), assoc("exactMatchOf", "2", "1"))))
                .orElseThrow();
        assertThat(competency(c, "a").relations()).containsExactly(
                new Relation(RelationType.RELATED, CompetencyId.of("b")));
        assertThat(competency(c, "b").relations()).containsExactly(
                new Relation(RelationType.REQUIRES, CompetencyId.of("a")),
                new Relation(RelationType.EQUIVALENT, CompetencyId.of("a")));
    }

    @Test
    void associationsOutsideThePackageAndOtherTypesAreCountedInWarnings() {
        CaseImport result = CasePackage.read(pkg(List.of(item("1", "A", "One", null), item("2", "B", "Two", null)),
                List.of(assoc("exactMatchOf", "1", "x1"), assoc("precedes", "x2", "1"), assoc("isPeerOf", "1", "2"),
                        assoc("replacedBy", "2", "1"), assoc("isPeerOf", "2", "1"))));
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Diagnostic::message).containsExactly(
                "1 association left out: 'exactMatchOf' to or from a node outside the package",
                "1 association left out: 'precedes' to or from a node outside the package",
                "2 associations left out: type 'isPeerOf' has no counterpart in Tandem",
                "1 association left out: type 'replacedBy' has no counterpart in Tandem");
        assertThat(result.orElseThrow().competencies()).allMatch(comp -> comp.relations().isEmpty());
    }

    @Test
    void aParentCycleInThePackageIsAnError() {
        CaseImport result = CasePackage.read(pkg(List.of(item("1", "A", "One", null), item("2", "B", "Two", null)),
                List.of(assoc("isChildOf", "1", "2"), assoc("isChildOf", "2", "1"))));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.PARENT_CYCLE);
    }

    @Test
    void anItemWithoutFullStatementIsAMissingField() {
        CaseImport result = CasePackage.read(pkg(List.of("{\"identifier\":\"00000000-0000-0000-0000-000000000001\"}"),
                List.of()));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MISSING_FIELD);
            assertThat(d.path().toString()).isEqualTo("/CFItems/0/fullStatement");
        });
    }

    @Test
    void brokenJsonIsASyntaxErrorWithItsPosition() {
        CaseImport result = CasePackage.read("{\"CFDocument\":\n  {\"title\": }");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SYNTAX);
            assertThat(d.line()).isEqualTo(2);
        });
    }

    @Test
    void aPackageNestedDeeperThanTheLimitIsLimitExceeded() {
        CaseImport result = CasePackage.read(new java.io.ByteArrayInputStream(pkg(List.of(item("1", "A", "One", null)),
                List.of()).getBytes(StandardCharsets.UTF_8)), dev.tandem.io.ReadOptions.defaults().withMaxDepth(2));
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    }

    @Test
    void itemsThatAreNotAListAreAnInvalidValue() {
        CaseImport result = CasePackage.read(pkg(List.of(), List.of()).replace("\"CFItems\":[]", "\"CFItems\":{}"));
        assertThat(result.diagnostics()).extracting(d -> d.path().toString()).containsExactly("/CFItems");
    }

    @Test
    void aPackageWithoutDocumentIsAMissingField() {
        CaseImport result = CasePackage.read("{\"CFItems\":[]}");
        assertThat(result.diagnostics()).extracting(d -> d.path().toString()).containsExactly("/CFDocument");
    }

    @Test
    void theWholeExportOfACurriculumImportsBackItsCompetencyPart() {
        Curriculum original = Curricula.community();
        Curriculum back = CasePackage.read(CasePackage.export(original, CaseExportOptions.defaults())).orElseThrow();
        assertThat(back.domains()).extracting(Domain::id, Domain::title).containsExactlyElementsOf(original.domains()
                .stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.id(), d.title())).toList());
        assertThat(back.competencies()).extracting(Competency::id, Competency::title, Competency::parent,
                Competency::relations).containsExactlyElementsOf(original.competencies().stream().map(comp ->
                        org.assertj.core.groups.Tuple.tuple(comp.id(), comp.title(), comp.parent(), comp.relations()))
                .toList());
        Map<String, String> domains = Map.of("foundations.recovery", "foundations", "crisis.core", "crisis");
        domains.forEach((id, domain) -> assertThat(competency(back, id).domain().value()).isEqualTo(domain));
    }
}

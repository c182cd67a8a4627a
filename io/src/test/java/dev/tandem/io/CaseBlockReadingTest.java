package dev.tandem.io;

import static dev.tandem.io.Documents.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.CaseDocument;
import dev.tandem.competency.CaseItem;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case blocks of FORMAT section 11.1 in documents: read, checked, written canonically. */
class CaseBlockReadingTest {

    private static final String ITEM = "9b1a6f3e-2c4d-4e5f-8a7b-0c1d2e3f4a5b";
    private static final String DOC = "2b7e1516-28ae-4d2a-abf7-158809cf4f3c";

    /** The minimal document with a case block on its competency (from line 15) and on the document (lines 6-8). */
    private static String withBlocks(String itemBlock) {
        return MINIMAL.replace("setting: school\n", "setting: school\ncase:\n  identifier: " + DOC
                + "\n  uri: https://case.example.org/uri/" + DOC + "\n")
                .replace("    title: Listens actively\n", "    title: Listens actively\n    case:\n" + itemBlock);
    }

    private static final String GOOD_ITEM = "      identifier: " + ITEM.toUpperCase(java.util.Locale.ROOT) + "\n"
            + "      uri: urn:uuid:" + ITEM + "\n      human-coding-scheme: M-DOK1\n      item-type: Standard\n";

    @Test
    void blocksAreReadIntoTheModel() {
        ReadResult result = Read.yaml(withBlocks(GOOD_ITEM));
        assertThat(result.diagnostics()).isEmpty();
        Curriculum c = result.orElseThrow();
        assertThat(c.caseDocument()).contains(new CaseDocument(UUID.fromString(DOC),
                "https://case.example.org/uri/" + DOC));
        assertThat(c.competencies().get(0).caseItem()).isEqualTo(new CaseItem(UUID.fromString(ITEM),
                "urn:uuid:" + ITEM, "M-DOK1", "Standard"));
    }

    @Test
    void aDomainCarriesABlockToo() {
        String doc = MINIMAL.replace("competencies:\n", "domains:\n  - id: d\n    title: D\n    case: { item-type: Domain,"
                + " human-coding-scheme: \"1.2\" }\ncompetencies:\n");
        assertThat(Read.yaml(doc).orElseThrow().domains().get(0).caseItem())
                .isEqualTo(new CaseItem(null, null, "1.2", "Domain"));
    }

    @Test
    void anIdentifierThatIsNotAUuidIsAnInvalidValueAtItsLine() {
        ReadResult result = Read.yaml(withBlocks("      identifier: item-1\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/competencies/0/case/identifier", 16, 19);
        assertThat(d.message()).contains("must be a UUID").contains("item-1");
    }

    @Test
    void aRelativeUriIsAnInvalidValue() {
        ReadResult result = Read.yaml(withBlocks("      uri: items/1\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.INVALID_VALUE, "/competencies/0/case/uri", 16, 12);
        assertThat(d.message()).contains("absolute URL or URI");
    }

    @Test
    void aDocumentUriWithSpacesIsAnInvalidValue() {
        ReadResult result = Read.yaml(MINIMAL.replace("setting: school\n", "setting: school\ncase:\n  uri: \"https://x.org/a b\"\n"));
        Read.single(result, DiagnosticCode.INVALID_VALUE, "/case/uri", 7, 8);
    }

    @Test
    void aBlankCodeIsAnInvalidValue() {
        ReadResult result = Read.yaml(withBlocks("      human-coding-scheme: \" \"\n"));
        Read.single(result, DiagnosticCode.INVALID_VALUE, "/competencies/0/case/human-coding-scheme", 16, 28);
    }

    @Test
    void anUnknownFieldInABlockSuggestsTheKnownOne() {
        ReadResult result = Read.yaml(withBlocks("      humanCodingScheme: M-DOK1\n"));
        Diagnostic d = Read.single(result, DiagnosticCode.UNKNOWN_FIELD, "/competencies/0/case/humanCodingScheme",
                16, 7);
        assertThat(d.message()).contains("did you mean 'human-coding-scheme'?");
    }

    @Test
    void twoCompetenciesWithOneIdentifierAreADuplicateIdAtTheLaterOne() {
        String doc = withBlocks("      identifier: " + ITEM + "\n").replace("modules:\n", "  - id: speaking\n"
                + "    title: Speaks\n    case: { identifier: " + ITEM + " }\nmodules:\n");
        ReadResult result = Read.yaml(doc);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_ID);
            assertThat(d.path().toString()).isEqualTo("/competencies/1/case/identifier");
        });
    }

    @Test
    void theCanonicalWriterPutsTheDocumentBlockAfterTheHeaderAndItemBlocksLastAndReadsBackEqual() {
        Curriculum c = Read.yaml(withBlocks(GOOD_ITEM)).orElseThrow();
        String yaml = CurriculumWriter.write(c, DocumentFormat.YAML);
        assertThat(yaml).contains("setting: school\ncase:\n  identifier: \"" + DOC + "\"\n  uri: \"https://case.example.org/uri/"
                + DOC + "\"\nscales:")
                .contains("    title: Listens actively\n    case:\n      identifier: \"" + ITEM + "\"\n      uri: \"urn:uuid:"
                        + ITEM + "\"\n      human-coding-scheme: M-DOK1\n      item-type: Standard\nmodules:");
        assertThat(Read.yaml(yaml).orElseThrow()).isEqualTo(c);
        assertThat(Read.json(CurriculumWriter.write(c, DocumentFormat.JSON)).orElseThrow()).isEqualTo(c);
    }

    @Test
    void anEmptyBlockIsTheSameAsNone() {
        Curriculum c = Read.yaml(withBlocks("      {}\n".replace("      {}", "      identifier: " + ITEM))
                .replace("case:\n      identifier: " + ITEM, "case: {}")).orElseThrow();
        assertThat(c.competencies().get(0).caseItem()).isNull();
    }
}

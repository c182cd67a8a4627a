package dev.tandem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private final Diagnostic error = Diagnostic.error(DiagnosticCode.DUPLICATE_ID, JsonPointer.of("modules", 1, "id"),
            "module id 'm1' is already used");

    @Test
    void aDiagnosticBuiltInCodeHasNoPosition() {
        assertThat(error.hasPosition()).isFalse();
        assertThat(error.line()).isZero();
        assertThat(error.column()).isZero();
    }

    @Test
    void atGivesACopyWithThePosition() {
        Diagnostic placed = error.at(12, 7);
        assertThat(placed.line()).isEqualTo(12);
        assertThat(placed.column()).isEqualTo(7);
        assertThat(placed.hasPosition()).isTrue();
        assertThat(error.hasPosition()).isFalse();
    }

    @Test
    void theOneLineFormShowsPositionSeverityMessageCodeAndPath() {
        assertThat(error.at(3, 5)).hasToString(
                "3:5: error: module id 'm1' is already used [duplicate-id] (at /modules/1/id)");
    }

    @Test
    void theRootPathIsShownAsASlash() {
        assertThat(Diagnostic.warning(DiagnosticCode.LIMIT_EXCEEDED, JsonPointer.root(), "too deep").toString())
                .endsWith("(at /)");
    }

    @Test
    void aNegativePositionIsRejected() {
        assertThatThrownBy(() -> error.at(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCodeIsFoundByItsStableId() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(DiagnosticCode.fromId(code.id())).contains(code);
        }
        assertThat(DiagnosticCode.fromId("no-such-code")).isEmpty();
    }

    @Test
    void theCodeIdsAreTheOnesOfTheFormat() {
        assertThat(List.of(DiagnosticCode.values())).extracting(DiagnosticCode::id).containsExactly("syntax",
                "unsupported-version", "missing-field", "unknown-field", "invalid-value", "duplicate-id",
                "unknown-reference", "prerequisite-cycle", "parent-cycle", "scale-mismatch",
                "unattainable-requirement", "unmeasured-competency", "unreachable-rule", "non-monotonic-policy",
                "requirement-violated", "vacuous-requirement", "limit-exceeded");
    }

    @Test
    void severitiesPrintInLowerCase() {
        assertThat(Severity.ERROR).hasToString("error");
        assertThat(Severity.WARNING).hasToString("warning");
    }

    @Test
    void theExceptionMessageListsAtMostTenErrors() {
        List<Diagnostic> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> Diagnostic.error(
                DiagnosticCode.INVALID_VALUE, JsonPointer.of("modules", i, "hours"), "bad hours " + i)).toList();
        CurriculumException e = new CurriculumException(many);
        assertThat(e.getMessage()).startsWith("The curriculum has 12 errors").contains("bad hours 9")
                .doesNotContain("bad hours 10").endsWith("...");
        assertThat(e.diagnostics()).hasSize(12);
    }
}

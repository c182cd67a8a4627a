package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentKind;
import org.junit.jupiter.api.Test;

class EnumIdsTest {

    @Test
    void aConstantIsFoundByItsDocumentNameNotItsJavaName() {
        assertThat(EnumIds.fromId(AssessmentKind.values(), AssessmentKind::id, "sign-off"))
                .contains(AssessmentKind.SIGN_OFF);
        assertThat(EnumIds.fromId(AssessmentKind.values(), AssessmentKind::id, "SIGN_OFF")).isEmpty();
    }

    @Test
    void anUnknownOrMissingNameFindsNothing() {
        assertThat(EnumIds.fromId(AssessmentKind.values(), AssessmentKind::id, "exam")).isEmpty();
        assertThat(EnumIds.fromId(AssessmentKind.values(), AssessmentKind::id, null)).isEmpty();
    }

    @Test
    void theAllowedNamesAreListedInDeclarationOrder() {
        assertThat(EnumIds.allowed(AssessmentKind.values(), AssessmentKind::id))
                .isEqualTo("quiz, observation, checklist, sign-off, reflection, scenario");
    }
}

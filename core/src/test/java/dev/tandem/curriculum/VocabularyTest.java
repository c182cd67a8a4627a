package dev.tandem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.training.Delivery;
import org.junit.jupiter.api.Test;

/** The closed vocabularies of the format are found by the names documents use. */
class VocabularyTest {

    @Test
    void settingsAreFoundByTheirDocumentNames() {
        assertThat(Setting.fromId("workplace")).contains(Setting.WORKPLACE);
        assertThat(Setting.fromId("Workplace")).isEmpty();
        assertThat(Setting.allowed()).isEqualTo("school, workplace, community");
    }

    @Test
    void deliveriesAreFoundByTheirDocumentNames() {
        assertThat(Delivery.fromId("in-person")).contains(Delivery.IN_PERSON);
        assertThat(Delivery.fromId("self-paced")).contains(Delivery.SELF_PACED);
        assertThat(Delivery.fromId("online")).isEmpty();
    }

    @Test
    void attainmentRulesAreFoundByTheirDocumentNames() {
        assertThat(Attainment.fromId("latest")).contains(Attainment.LATEST);
        assertThat(Attainment.BEST.id()).isEqualTo("best");
    }
}

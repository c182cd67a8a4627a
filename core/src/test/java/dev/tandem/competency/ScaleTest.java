package dev.tandem.competency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.Curricula;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private final Scale scale = Curricula.proficiency();

    @Test
    void levelsRankFromLowToHigh() {
        assertThat(scale.rank("aware")).isZero();
        assertThat(scale.rank("advanced")).isEqualTo(3);
    }

    @Test
    void aLevelNotOnTheScaleHasNoRank() {
        assertThat(scale.rank("expert")).isEqualTo(-1);
        assertThat(scale.hasLevel("expert")).isFalse();
    }

    @Test
    void theHighestLevelIsTheLastOne() {
        assertThat(scale.highest()).isEqualTo("advanced");
    }

    @Test
    void aCompetencyBuiltWithoutOptionalPartsHasThemNullAndItsListsEmpty() {
        Competency c = Competency.builder("listening", "Listens").build();
        assertThat(c.description()).isNull();
        assertThat(c.parent()).isNull();
        assertThat(c.scale()).isNull();
        assertThat(c.indicators()).isEmpty();
        assertThat(c.relations()).isEmpty();
    }

    @Test
    void relationTypesAreFoundByTheirFormatName() {
        assertThat(RelationType.fromId("equivalent")).contains(RelationType.EQUIVALENT);
        assertThat(RelationType.REQUIRES.id()).isEqualTo("requires");
        assertThat(RelationType.fromId("REQUIRES")).isEmpty();
    }
}

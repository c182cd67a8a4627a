package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical writer's invariants over random valid curricula. */
class RoundTripProperties {

    @Provide
    Arbitrary<Curriculum> curricula() {
        return Arbitraries.longs().map(CurriculumGenerator::generate);
    }

    @Property(tries = 150)
    void readingCanonicalYamlGivesAnEqualCurriculum(@ForAll("curricula") Curriculum curriculum) {
        String yaml = CurriculumWriter.write(curriculum, DocumentFormat.YAML);
        ReadResult back = Read.yaml(yaml);
        assertThat(back.errors()).as(yaml).isEmpty();
        assertThat(back.curriculum()).as(yaml).isEqualTo(curriculum);
    }

    @Property(tries = 150)
    void readingCanonicalJsonGivesAnEqualCurriculum(@ForAll("curricula") Curriculum curriculum) {
        String json = CurriculumWriter.write(curriculum, DocumentFormat.JSON);
        ReadResult back = Read.json(json);
        assertThat(back.errors()).as(json).isEmpty();
        assertThat(back.curriculum()).as(json).isEqualTo(curriculum);
    }

    @Property(tries = 150)
    void jsonToYamlToJsonIsByteIdentical(@ForAll("curricula") Curriculum curriculum) {
        String json = CurriculumWriter.write(curriculum, DocumentFormat.JSON);
        String yaml = CurriculumWriter.write(Read.json(json).orElseThrow(), DocumentFormat.YAML);
        String again = CurriculumWriter.write(Read.yaml(yaml).orElseThrow(), DocumentFormat.JSON);
        assertThat(again).isEqualTo(json);
    }

    @Property(tries = 50)
    void theWarningsOfTheReadCurriculumAreThoseOfTheOriginal(@ForAll("curricula") Curriculum curriculum) {
        ReadResult back = Read.yaml(CurriculumWriter.write(curriculum, DocumentFormat.YAML));
        assertThat(back.warnings()).extracting(d -> d.code() + " " + d.path())
                .containsExactlyInAnyOrderElementsOf(curriculum.warnings().stream()
                        .map(d -> d.code() + " " + d.path()).toList());
    }
}

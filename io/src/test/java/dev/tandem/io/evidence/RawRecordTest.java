package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field's index, its constant and its place in the field list are one and the same. */
class RawRecordTest {

    @Test
    void everyFieldIsFoundAtItsPlaceInTheListAndNamedByItsConstant() {
        for (int i = 0; i < RawRecord.FIELDS.size(); i++) {
            assertThat(RawRecord.index(RawRecord.FIELDS.get(i))).isEqualTo(i);
        }
        assertThat(new int[] {RawRecord.LEARNER, RawRecord.KIND, RawRecord.ASSESSMENT, RawRecord.MODULE,
            RawRecord.SCORE, RawRecord.HOURS, RawRecord.RESPONSES, RawRecord.AT, RawRecord.BY, RawRecord.TOPIC})
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(RawRecord.FIELDS).startsWith("learner", "kind", "assessment", "module", "score", "hours",
                "responses", "at", "by", "topic");
        assertThat(RawRecord.index("Learner")).isEqualTo(-1);
    }
}

package dev.tandem.io.progress;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.EvidenceWriter;
import dev.tandem.io.generate.GeneratorSettings;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.io.StringWriter;

/** Cohorts of generated evidence over a curriculum, for writer tests that need many real learners. */
final class GeneratedCohorts {

    private GeneratedCohorts() {
    }

    /**
     * {@return a cohort of generated evidence, read and grouped as {@code tandem evaluate} does}
     *
     * @param curriculum the curriculum
     * @param learners   how many learners
     * @param records    records per learner
     * @param seed       the generator's seed
     * @throws IOException never for text in memory; declared by the generator
     */
    static Cohort of(Curriculum curriculum, int learners, int records, long seed) throws IOException {
        StringWriter evidence = new StringWriter();
        EvidenceGenerator.of(curriculum).write(GeneratorSettings.of(learners, records, seed),
                EvidenceWriter.Format.JSONL, evidence);
        Cohort.Builder builder = Evaluator.of(curriculum).cohort();
        EvidenceReader.of(curriculum).read(evidence.toString(), EvidenceFormat.JSON_LINES, builder::add);
        return builder.build();
    }
}

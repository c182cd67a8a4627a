package dev.tandem.benchmarks;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.generate.EvidenceGenerator;
import dev.tandem.io.generate.EvidenceWriter;
import dev.tandem.io.generate.GeneratorSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The cohort inputs of the evaluation benchmarks: the shipped community curriculum and evidence files generated
 * for it, kept in the temporary directory so that forks and later runs reuse them.
 */
public final class CohortFiles {

    /** The seed of every generated cohort. */
    public static final long SEED = 20_260_301L;

    private CohortFiles() {
    }

    /** {@return the community peer-specialist curriculum shipped in {@code examples/community}} */
    public static Curriculum communityCurriculum() {
        try (InputStream in = CohortFiles.class.getResourceAsStream("/community/curriculum.yaml")) {
            if (in == null) {
                throw new IllegalStateException("community/curriculum.yaml is missing from the benchmark jar");
            }
            return CurriculumReader.create().read(in, DocumentFormat.YAML).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return a JSON Lines evidence file for the curriculum, generated once and then reused}
     *
     * @param curriculum        the curriculum
     * @param learners          the number of learners
     * @param recordsPerLearner records per learner
     */
    public static Path jsonl(Curriculum curriculum, int learners, int recordsPerLearner) {
        // the canonical text's hash in the name: a changed curriculum (say, with renewal) gets its own file
        String content = Integer.toHexString(CurriculumWriter.write(curriculum, DocumentFormat.YAML).hashCode());
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "tandem-bench-" + curriculum.id() + "-" + content
                + "-" + learners + "x" + recordsPerLearner + "-" + SEED + ".jsonl");
        return once(file, out -> EvidenceGenerator.of(curriculum).write(GeneratorSettings.of(learners,
                recordsPerLearner, SEED), EvidenceWriter.Format.JSONL, out));
    }

    /** Writes a generated file's content. */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the content.
         *
         * @param out where to
         * @throws IOException when writing fails
         */
        void write(Writer out) throws IOException;
    }

    /**
     * {@return the file, generated once (atomically, through a partial file beside it) and then reused}
     *
     * @param file    the file
     * @param content writes its content
     */
    static Path once(Path file, Content content) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Path partial = Files.createTempFile(file.getParent(), "tandem-bench-", ".partial");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8), 1 << 16)) {
                content.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

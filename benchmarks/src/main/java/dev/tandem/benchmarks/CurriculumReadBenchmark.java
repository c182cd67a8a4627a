package dev.tandem.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.ReadResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Benchmark 2: reading and validating a generated curriculum of 10, 1,000 and 10,000 competencies from its
 * canonical YAML, against the baseline of Jackson parsing the same YAML into a tree; plus validation alone
 * (rebuilding the already-read curriculum). Target: near-linear growth, 10,000 competencies in under 250 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CurriculumReadBenchmark {

    /** The number of competencies. */
    @Param({"10", "1000", "10000"})
    public int competencies;

    private String yaml;
    private Curriculum curriculum;
    private CurriculumReader reader;
    private final YAMLMapper yamlMapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(unlimited()).build());

    /** Generates the curriculum and its YAML, and checks that it reads back without errors. */
    @Setup
    public void setUp() {
        curriculum = SyntheticCurricula.withCompetencies(competencies);
        yaml = CurriculumWriter.write(curriculum, DocumentFormat.YAML);
        reader = CurriculumReader.create();
        ReadResult result = reader.read(yaml, DocumentFormat.YAML);
        if (result.hasErrors() || !curriculum.equals(result.orElseThrow())) {
            throw new IllegalStateException("The generated curriculum does not read back: " + result.diagnostics());
        }
    }

    private static LoaderOptions unlimited() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // SnakeYAML's default stops at 3 M code points
        return options;
    }

    /** {@return the curriculum read and validated from YAML} */
    @Benchmark
    public ReadResult readAndValidate() {
        return reader.read(yaml, DocumentFormat.YAML);
    }

    /** {@return the curriculum validated again from its parts, without parsing} */
    @Benchmark
    public Curriculum validateOnly() {
        return curriculum.toBuilder().build();
    }

    /** {@return the YAML parsed into a Jackson tree} @throws IOException never for generated YAML */
    @Benchmark
    public JsonNode rawYamlParseBaseline() throws IOException {
        return yamlMapper.readTree(yaml);
    }
}

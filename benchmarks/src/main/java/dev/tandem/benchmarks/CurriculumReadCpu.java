package dev.tandem.benchmarks;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.CurriculumWriter;
import dev.tandem.io.DocumentFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Benchmark 2 as CPU time, for a machine too busy for wall-clock figures: reads and validates the generated
 * curriculum of benchmark 2 and parses the same YAML into a Jackson tree, in turn in one thread, and prints the
 * thread CPU time and allocation of each (median and best of the measured rounds) and their ratio. Other
 * processes on the machine hardly change a thread's own CPU time; the collector's threads are left out.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.CurriculumReadCpu 10000 8 20}.
 */
public final class CurriculumReadCpu {

    private static volatile Object sink;

    private CurriculumReadCpu() {
    }

    /**
     * Measures and prints one line per task.
     *
     * @param args the number of competencies (default 10000), of warm-up rounds (default 8) and of measured
     *             rounds (default 20)
     */
    public static void main(String[] args) {
        int competencies = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String yaml = CurriculumWriter.write(SyntheticCurricula.withCompetencies(competencies), DocumentFormat.YAML);
        LoaderOptions unlimited = new LoaderOptions();
        unlimited.setCodePointLimit(Integer.MAX_VALUE);
        YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(unlimited).build());
        CurriculumReader reader = CurriculumReader.create();
        Runnable[] tasks = {() -> sink = rawParse(mapper, yaml), () -> sink = reader.read(yaml, DocumentFormat.YAML)};
        String[] names = {"rawYamlParseBaseline", "readAndValidate"};
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[tasks.length][rounds];
        long[][] allocated = new long[tasks.length][rounds];
        for (int round = 0; round < warmUp + rounds; round++) {
            for (int t = 0; t < tasks.length; t++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long start = threads.getCurrentThreadCpuTime();
                tasks[t].run();
                long time = threads.getCurrentThreadCpuTime() - start;
                bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
                if (round >= warmUp) {
                    cpu[t][round - warmUp] = time;
                    allocated[t][round - warmUp] = bytes;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d competencies, %d chars of YAML, %d warm-up and %d measured rounds, "
                + "load average %.1f%n", competencies, yaml.length(), warmUp, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int t = 0; t < tasks.length; t++) {
            System.out.printf(Locale.ROOT, "%-22s CPU median %9.3f ms (%.2fx)  best %9.3f ms (%.2fx)  allocated %7.1f MB%n",
                    names[t], median(cpu[t]) / 1e6, median(cpu[t]) / median(cpu[0]), best(cpu[t]) / 1e6,
                    best(cpu[t]) / best(cpu[0]), median(allocated[t]) / 1e6);
        }
    }

    private static Object rawParse(YAMLMapper mapper, String yaml) {
        try {
            return mapper.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double best(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }
}

package dev.tandem.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random byte strings and random mutations of valid files, in every input format the command line reads: every
 * command ends with exit code 0, 1 or 2, within a generous bound (a hang detector, not a speed test), and never
 * prints a stack trace or an internal error.
 */
class HostileInputProperties {

    /** Far beyond any normal run of these small inputs: only a hang or an endless loop reaches it. */
    private static final long BOUND_SECONDS = 120;
    private static final List<String> TOKENS = List.of(".nan", ".inf", "-.inf", "1e400", "-1", "\u2028", "\u0085",
            "\r", "\r\n", "\u001b[2J", "-999999999-01-01T00:00:00Z", "0202-01-01", "*a", "&a ", "<<: *a", "[[[[",
            "{{{{", "\"", "'", ":", "- ", "\t", "\u0000", "NaN", "Infinity", "99999999999999999999999999", "\uFEFF");

    private static Path dir;
    private static ExecutorService runner;

    /** The kinds of input and the command lines that read each. */
    enum Kind {
        CURRICULUM_YAML("community", "curriculum.yaml", ".yaml"),
        CURRICULUM_JSON("community", "curriculum.yaml", ".json"),
        EVIDENCE_JSONL("community", "evidence.jsonl", ".jsonl"),
        EVIDENCE_JSON("school", "evidence.json", ".json"),
        EVIDENCE_CSV("workplace", "evidence.csv", ".csv"),
        OBSERVATIONS("community", null, ".jsonl"),
        XAPI_STATEMENTS("community", "statements.jsonl", ".jsonl"),
        XAPI_MAP("community", "xapi-map.yaml", ".yaml"),
        CASE_PACKAGE("community", null, ".json");

        final String programme;
        final String file;
        final String extension;

        Kind(String programme, String file, String extension) {
            this.programme = programme;
            this.file = file;
            this.extension = extension;
        }

        /** {@return a valid file of this kind} */
        byte[] valid() throws IOException {
            String curriculum = Examples.file(programme, "curriculum.yaml").toString();
            return switch (this) {
                case CURRICULUM_JSON -> Run.of("convert", curriculum, "--to", "json").out()
                        .getBytes(StandardCharsets.UTF_8);
                case OBSERVATIONS -> "{\"distress\":3}\n{\"distress\":9,\"plan\":true}\n{}\n"
                        .getBytes(StandardCharsets.UTF_8);
                case CASE_PACKAGE -> Run.of("export", curriculum, "--to", "case").out()
                        .getBytes(StandardCharsets.UTF_8);
                default -> Files.readAllBytes(Examples.file(programme, file));
            };
        }

        /** {@return the command lines that read a file of this kind} @param input the file */
        List<List<String>> commands(Path input) {
            String in = input.toString();
            String curriculum = Examples.file(programme, "curriculum.yaml").toString();
            String asOf = "2027-01-01";
            Path output = dir.resolve("output");
            return switch (this) {
                case CURRICULUM_YAML, CURRICULUM_JSON -> List.of(
                        List.of("validate", "--format", "json", in),
                        List.of("convert", in, "--to", "yaml"),
                        List.of("export", in, "--to", "badge"),
                        List.of("escalate", "--curriculum", in, "--signal", "distress=7"),
                        List.of("evaluate", "--curriculum", in, "--evidence",
                                Examples.file("community", "evidence.jsonl").toString(), "--as-of", asOf),
                        List.of("generate", "--curriculum", in, "--learners", "2", "--records-per-learner", "3",
                                "--seed", "1"));
                case EVIDENCE_JSONL, EVIDENCE_JSON, EVIDENCE_CSV -> List.of(
                        List.of("evaluate", "--curriculum", curriculum, "--evidence", in, "--as-of", asOf,
                                "--format", "csv", "--output", output.toString()),
                        List.of("evaluate", "--curriculum", curriculum, "--evidence", in, "--as-of", asOf,
                                "--skip-invalid", "--format", "text"),
                        List.of("report", "--curriculum", curriculum, "--evidence", in, "--as-of", asOf,
                                "--format", "html", "--bin-days", "1"));
                case OBSERVATIONS -> List.of(
                        List.of("escalate", "--curriculum", curriculum, "--observations", in, "--explain"));
                case XAPI_STATEMENTS -> List.of(
                        List.of("evaluate", "--curriculum", curriculum, "--evidence", in, "--evidence-format", "xapi",
                                "--xapi-map", Examples.file(programme, "xapi-map.yaml").toString(), "--as-of", asOf,
                                "--skip-invalid"));
                case XAPI_MAP -> List.of(
                        List.of("evaluate", "--curriculum", curriculum, "--evidence",
                                Examples.file(programme, "statements.jsonl").toString(), "--evidence-format", "xapi",
                                "--xapi-map", in, "--as-of", asOf));
                case CASE_PACKAGE -> List.of(List.of("import", in, "--from", "case"));
            };
        }
    }

    /** One edit of a file: where (a fraction of its length), what, and the bytes it uses. */
    record Edit(double where, int what, int length, byte value, String token) {
        byte[] apply(byte[] in) {
            int at = (int) Math.min(in.length, Math.floor(where * (in.length + 1)));
            int end = Math.min(in.length, at + length);
            byte[] insert = switch (what) {
                case 0 -> new byte[0]; // delete a range
                case 1 -> new byte[] {value}; // replace a range by a byte
                case 2 -> token.getBytes(StandardCharsets.UTF_8); // replace a range by a token
                default -> java.util.Arrays.copyOfRange(in, at, end); // duplicate a range
            };
            int keepTo = what == 3 ? at : end;
            byte[] out = new byte[at + insert.length + (in.length - keepTo)];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(in, keepTo, out, at + insert.length, in.length - keepTo);
            return out;
        }
    }

    /** A hostile input: a kind, and random bytes or edits of a valid file of that kind. */
    record Input(Kind kind, byte[] random, List<Edit> edits) {
        byte[] bytes() throws IOException {
            if (random != null) {
                return random;
            }
            byte[] b = kind.valid();
            for (Edit e : edits) {
                b = e.apply(b);
            }
            return b;
        }

        @Override
        public String toString() {
            return kind + (random != null ? " random " + random.length + " bytes" : " edits " + edits);
        }
    }

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("tandem-hostile");
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input-run");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterContainer
    static void tearDown() throws IOException {
        runner.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.class);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers()
                .between(0, 3), Arbitraries.integers().between(0, 64), Arbitraries.bytes(), Arbitraries.of(TOKENS))
                .as(Edit::new);
        Arbitrary<Input> mutated = Combinators.combine(kinds, edit.list().ofMinSize(1).ofMaxSize(8))
                .as((k, e) -> new Input(k, null, e));
        Arbitrary<Input> random = Combinators.combine(kinds, Arbitraries.bytes().array(byte[].class).ofMaxSize(600))
                .as((k, b) -> new Input(k, b, List.of()));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, mutated), net.jqwik.api.Tuple.of(1, random));
    }

    @Property(tries = 40, seed = "20261205")
    void everyCommandEndsWithAnExitCodeAndNeverAStackTrace(@ForAll("inputs") Input input) throws Exception {
        Path file = dir.resolve("input" + input.kind().extension);
        Files.write(file, input.bytes());
        for (List<String> command : input.kind().commands(file)) {
            Future<Run> run = runner.submit(() -> Run.of(command.toArray(String[]::new)));
            Run result = run.get(BOUND_SECONDS, TimeUnit.SECONDS);

            assertThat(result.exit()).as(command + "\n" + result.err()).isIn(0, 1, 2);
            for (String text : new String[] {result.out(), result.err()}) {
                assertThat(text).as(command.toString()).doesNotContain("\tat ").doesNotContain("internal error")
                        .doesNotContain("out of memory").doesNotContain("Exception");
            }
        }
        Files.deleteIfExists(dir.resolve("output"));
    }
}

package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class EvidenceReaderProperties {

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    /** A mutation of one line: what a broken export or a hostile hand does to evidence. */
    enum Mutation {
        KEEP, DELETE, DUPLICATE, TRUNCATE, NUMBERS_TO_MINUS_ONE, NUMBERS_TO_HUGE, NUMBERS_TO_TEXT, BREAK_COLONS,
        DROP_QUOTES, NEST;

        String apply(String line) {
            return switch (this) {
                case KEEP, DELETE -> line;
                case DUPLICATE -> line + "\n" + line;
                case TRUNCATE -> line.substring(0, line.length() / 2);
                case NUMBERS_TO_MINUS_ONE -> line.replaceAll("\\d+(\\.\\d+)?", "-1");
                case NUMBERS_TO_HUGE -> line.replaceAll("\\d+(\\.\\d+)?", "999999999999");
                case NUMBERS_TO_TEXT -> line.replaceAll("\\d+(\\.\\d+)?", "\"text\"");
                case BREAK_COLONS -> line.replace(":", ";");
                case DROP_QUOTES -> line.replace("\"", "");
                case NEST -> line.replace("{", "{\"x\":" + "[".repeat(200));
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofSize(5);
    }

    @Property(tries = 200)
    void everyJsonLinesRecordIsEitherAcceptedOrRejectedWithAProblemOnItsLine(
            @ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>();
        String[] sample = EvidenceSamples.JSONL.split("\n");
        for (int i = 0; i < sample.length; i++) {
            if (mutations.get(i) != Mutation.DELETE) {
                lines.addAll(List.of(mutations.get(i).apply(sample[i]).split("\n")));
            }
        }
        List<Object> accepted = new ArrayList<>();

        EvidenceSummary summary = reader.read(String.join("\n", lines), EvidenceFormat.JSON_LINES, accepted::add);

        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        assertThat(summary.read()).isEqualTo(nonBlank);
        assertThat(summary.accepted()).isEqualTo(accepted.size());
        assertThat(summary.problems().stream().map(EvidenceProblem::line).distinct().count())
                .isEqualTo(summary.rejected());
        assertThat(summary.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(1L, (long) lines.size()));
    }

    /**
     * The reader asks the parser for the field that usually comes next (learner, kind, the kind's own fields, at,
     * by) before it reads a name; fields in any other order, or with an unknown one among them, must give the
     * same records and the same problems.
     */
    @Property(tries = 200)
    void fieldsInAnyOrderGiveTheSameRecordsAndProblems(@ForAll long seed, @ForAll boolean unknownField)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(seed);
        List<String> usual = new ArrayList<>();
        List<String> shuffled = new ArrayList<>();
        for (String line : EvidenceSamples.JSONL.split("\n")) {
            ObjectNode record = (ObjectNode) json.readTree(line);
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            record.fields().forEachRemaining(fields::add);
            if (unknownField) {
                fields.add(random.nextInt(fields.size() + 1), Map.entry("extra", TextNode.valueOf("x")));
                ObjectNode withExtra = json.createObjectNode();
                // the usual order, the unknown field where it fell
                fields.forEach(f -> withExtra.set(f.getKey(), f.getValue()));
                usual.add(json.writeValueAsString(withExtra));
            } else {
                usual.add(line);
            }
            Collections.shuffle(fields, random);
            ObjectNode reordered = json.createObjectNode();
            fields.forEach(f -> reordered.set(f.getKey(), f.getValue()));
            shuffled.add(json.writeValueAsString(reordered));
        }
        List<Object> expected = new ArrayList<>();
        List<Object> actual = new ArrayList<>();
        EvidenceSummary before = reader.read(String.join("\n", usual), EvidenceFormat.JSON_LINES, expected::add);
        EvidenceSummary after = reader.read(String.join("\n", shuffled), EvidenceFormat.JSON_LINES, actual::add);

        assertThat(actual).isEqualTo(expected);
        assertThat(after.problems()).isEqualTo(before.problems());
        assertThat(after.accepted()).isEqualTo(unknownField ? 0 : usual.size());
    }

    @Property(tries = 100)
    void csvRecordsAreCountedWhateverTheirCells(@ForAll("mutations") List<Mutation> mutations) {
        String[] rows = EvidenceSamples.CSV.split("\n");
        StringBuilder text = new StringBuilder(rows[0]).append('\n');
        for (int i = 1; i < rows.length; i++) {
            Mutation m = mutations.get(i - 1);
            if (m != Mutation.DELETE && m != Mutation.DROP_QUOTES && m != Mutation.TRUNCATE) {
                text.append(m.apply(rows[i]).replace("\"", "")).append('\n');
            }
        }
        List<Object> accepted = new ArrayList<>();
        EvidenceSummary summary = reader.read(text.toString(), EvidenceFormat.CSV, accepted::add);

        assertThat(Tuple.of(summary.read(), summary.accepted() + summary.rejected()))
                .isEqualTo(Tuple.of((long) text.toString().split("\n").length - 1, summary.read()));
        assertThat(summary.accepted()).isEqualTo(accepted.size());
    }

    /** One valid record as its fields, rendered in each form by the methods below. */
    record Fields(String learner, String kind, String target, String number, String responses, String at, String by) {

        String jsonObject() {
            StringBuilder sb = new StringBuilder("{\"learner\":\"").append(learner).append("\",\"kind\":\"")
                    .append(kind).append('"');
            switch (kind) {
                case "attempt" -> {
                    sb.append(",\"assessment\":\"").append(target).append('"');
                    if (responses != null) {
                        sb.append(",\"responses\":{");
                        String[] entries = responses.split(";");
                        for (int i = 0; i < entries.length; i++) {
                            String[] kv = entries[i].split("=");
                            sb.append(i == 0 ? "" : ",").append('"').append(kv[0]).append("\":\"").append(kv[1])
                                    .append('"');
                        }
                        sb.append('}');
                    } else {
                        sb.append(",\"score\":").append(number);
                    }
                }
                case "completion" -> sb.append(",\"module\":\"").append(target).append('"');
                default -> sb.append(",\"hours\":").append(number);
            }
            sb.append(",\"at\":\"").append(at).append('"');
            if (by != null) {
                sb.append(",\"by\":\"").append(by).append('"');
            }
            return sb.append('}').toString();
        }

        String csvRow() {
            boolean attempt = kind.equals("attempt");
            return String.join(",", learner, kind, attempt ? target : "", kind.equals("completion") ? target : "",
                    attempt && responses == null ? number : "", kind.equals("practice") ? number : "",
                    responses == null ? "" : responses, at, by == null ? "" : by);
        }
    }

    @Provide
    Arbitrary<Fields> records() {
        Arbitrary<String> learners = Arbitraries.strings().withChars("ABCLxyz-0123456789_ .").ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<String> ats = Arbitraries.of("2026-03-02", "2026-03-02T14:00:00Z", "2025-12-31T23:59:59.5+02:00",
                "2026-01-01T00:00:00-05:30");
        Arbitrary<String> bys = Arbitraries.of("S-1", "T 7").injectNull(0.5);
        Arbitrary<String> numbers = Arbitraries.of("0", "1", "4.5", "7.25", "10", "3e0");
        Arbitrary<Fields> quiz = net.jqwik.api.Combinators.combine(learners, numbers, ats, bys)
                .as((l, n, a, b) -> new Fields(l, "attempt", "a1-quiz", n, null, a, b));
        Arbitrary<Fields> scenario = net.jqwik.api.Combinators.combine(learners,
                        Arbitraries.of("v1=refer", "v1=refer;v2=continue", "v2=emergency;v1=consult"), ats, bys)
                .as((l, r, a, b) -> new Fields(l, "attempt", "a2-triage", null, r, a, b));
        Arbitrary<Fields> completion = net.jqwik.api.Combinators.combine(learners,
                        Arbitraries.of("m0-intro", "m1-foundations"), ats, bys)
                .as((l, m, a, b) -> new Fields(l, "completion", m, null, null, a, b));
        Arbitrary<Fields> practice = net.jqwik.api.Combinators.combine(learners, numbers, ats, bys)
                .as((l, n, a, b) -> new Fields(l, "practice", null, n, null, a, b));
        return Arbitraries.oneOf(quiz, scenario, completion, practice);
    }

    @Property(tries = 100)
    void theThreeFormsOfTheSameEvidenceGiveTheSameRecords(@ForAll("listOfRecords") List<Fields> records) {
        String jsonl = records.stream().map(Fields::jsonObject).reduce("", (a, b) -> a + b + "\n");
        String array = "[\n" + String.join(",\n", records.stream().map(Fields::jsonObject).toList()) + "\n]";
        String csv = EvidenceSamples.CSV_HEADER + "\n" + records.stream().map(Fields::csvRow)
                .reduce("", (a, b) -> a + b + "\n");
        List<Object> fromLines = new ArrayList<>();
        List<Object> fromArray = new ArrayList<>();
        List<Object> fromCsv = new ArrayList<>();

        EvidenceSummary lines = reader.read(jsonl, EvidenceFormat.JSON_LINES, fromLines::add);
        reader.read(array, EvidenceFormat.JSON_ARRAY, fromArray::add);
        reader.read(csv, EvidenceFormat.CSV, fromCsv::add);

        assertThat(lines.problems()).isEmpty();
        assertThat(fromLines).hasSize(records.size());
        assertThat(fromArray).isEqualTo(fromLines);
        assertThat(fromCsv).isEqualTo(fromLines);
    }

    @Provide
    Arbitrary<List<Fields>> listOfRecords() {
        return records().list().ofMaxSize(20);
    }
}

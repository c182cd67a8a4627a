package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Scenario attempts with any number of responses, duplicate vignettes, and assessment and tier values near the
 * curriculum's ids (prefixes, extensions, other characters), read as JSON Lines (text and bytes) and CSV,
 * against a model of the rules written here: duplicates are reported while reading (every one in JSON, the
 * first in CSV), then unknown vignettes and tiers in the order given; a record lists at most
 * {@link RawRecord#MAX_PROBLEMS} problems.
 */
class ResponsesProperties {

    private static final Set<String> VIGNETTES = Set.of("v1", "v2");
    private static final Set<String> TIERS = Set.of("continue", "consult", "refer", "emergency");

    private final EvidenceReader reader = EvidenceReader.of(TestCurricula.small());

    /** One scenario attempt as written: its assessment value and its responses in order. */
    record Attempt(String assessment, List<Tuple2<String, String>> responses) {
    }

    @Provide
    Arbitrary<List<Attempt>> files() {
        Arbitrary<String> vignette = Arbitraries.oneOf(Arbitraries.of("v1", "v2", "v3", "v", "v12", "vé"),
                Arbitraries.integers().between(1, 60).map(i -> "x" + i));
        Arbitrary<String> tier = Arbitraries.of("refer", "continue", "refe", "referral", "réfer", "Refer", "consult");
        Arbitrary<List<Tuple2<String, String>>> responses = Combinators.combine(vignette, tier).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<String> assessment = Arbitraries.of("a2-triage", "a2-triage", "a2-triag", "a2-triagee", "á2-triage");
        return Combinators.combine(assessment, responses).as(Attempt::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 150)
    void jsonLinesAsTextAndAsBytesFollowTheModel(@ForAll("files") List<Attempt> attempts) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Attempt a : attempts) {
            text.append("{\"learner\":\"L\",\"kind\":\"attempt\",\"assessment\":\"").append(a.assessment())
                    .append("\",\"responses\":{");
            for (int i = 0; i < a.responses().size(); i++) {
                text.append(i == 0 ? "" : ",").append('"').append(a.responses().get(i).get1()).append("\":\"")
                        .append(a.responses().get(i).get2()).append('"');
            }
            text.append("},\"at\":\"2026-01-01\"}\n");
        }
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = reader.read(text.toString(), EvidenceFormat.JSON_LINES, records::add);
        assertFollowsModel(attempts, records, summary, false, 1);

        List<EvidenceRecord> fromBytes = new ArrayList<>();
        EvidenceSummary bytesSummary = reader.read(new ByteArrayInputStream(text.toString()
                .getBytes(StandardCharsets.UTF_8)), EvidenceFormat.JSON_LINES, fromBytes::add);
        assertThat(fromBytes).isEqualTo(records);
        assertThat(bytesSummary).isEqualTo(summary);
    }

    @Property(tries = 150)
    void csvFollowsTheModel(@ForAll("files") List<Attempt> attempts) {
        StringBuilder text = new StringBuilder(EvidenceSamples.CSV_HEADER).append('\n');
        for (Attempt a : attempts) {
            text.append("L,attempt,").append(a.assessment()).append(",,,,");
            for (int i = 0; i < a.responses().size(); i++) {
                text.append(i == 0 ? "" : ";").append(a.responses().get(i).get1()).append('=')
                        .append(a.responses().get(i).get2());
            }
            text.append(",2026-01-01,\n");
        }
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = reader.read(text.toString(), EvidenceFormat.CSV, records::add);
        assertFollowsModel(attempts, records, summary, true, 2);
    }

    private static void assertFollowsModel(List<Attempt> attempts, List<EvidenceRecord> records,
            EvidenceSummary summary, boolean firstDuplicateOnly, long firstLine) {
        List<String> expected = new ArrayList<>();
        List<Map<String, String>> accepted = new ArrayList<>();
        for (int n = 0; n < attempts.size(); n++) {
            List<String> problems = problems(attempts.get(n), firstDuplicateOnly);
            if (problems.size() > RawRecord.MAX_PROBLEMS) {
                problems = new ArrayList<>(problems.subList(0, RawRecord.MAX_PROBLEMS));
                problems.add("null: more problems in this record are not listed");
            }
            long line = firstLine + n;
            problems.forEach(p -> expected.add(line + " " + p));
            if (problems.isEmpty()) {
                accepted.add(asMap(attempts.get(n).responses()));
            }
        }
        List<String> actual = summary.problems().stream().map(p -> p.line() + " " + p.field() + ": "
                + p.message()).toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).startsWith(expected.get(i));
        }
        assertThat(records).hasSize(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            Map<String, String> given = new LinkedHashMap<>();
            ((EvidenceRecord.Attempt) records.get(i)).responses().forEach((VignetteId v, TierId t) ->
                    given.put(v.value(), t.value()));
            assertThat(List.copyOf(given.entrySet())).isEqualTo(List.copyOf(accepted.get(i).entrySet()));
        }
    }

    /** {@return the start of each problem the rules give the attempt, as "field: message"} */
    private static List<String> problems(Attempt attempt, boolean firstDuplicateOnly) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Tuple2<String, String> r : attempt.responses()) {
            if (seen.putIfAbsent(r.get1(), r.get2()) != null) {
                problems.add("responses: more than one response to '" + r.get1() + "'");
                if (firstDuplicateOnly) {
                    break;
                }
            }
        }
        if (!attempt.assessment().equals("a2-triage")) {
            problems.add("assessment: unknown assessment '" + attempt.assessment() + "'");
            return problems;
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        seen.forEach((vignette, tier) -> {
            if (!VIGNETTES.contains(vignette)) {
                problems.add("responses: unknown vignette '" + vignette + "'");
            } else if (!TIERS.contains(tier)) {
                problems.add("responses: the response to '" + vignette + "' is not a tier of the escalation "
                        + "policy: '" + tier + "'");
            }
        });
        return problems;
    }

    private static Map<String, String> asMap(List<Tuple2<String, String>> responses) {
        Map<String, String> map = new LinkedHashMap<>();
        responses.forEach(r -> map.put(r.get1(), r.get2()));
        return map;
    }
}

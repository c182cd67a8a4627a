package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's safety headline never shows fewer under-escalated vignettes than there may be: in the community
 * example one learner under-escalates one vignette, a count the report suppresses.
 */
class ReportHeadlineTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();

    private static Cli report(String format, String... extra) {
        String[] base = {"report", "--curriculum", COMMUNITY.resolve("curriculum.yaml").toString(), "--evidence",
            COMMUNITY.resolve("evidence.jsonl").toString(), "--as-of", "2026-11-21", "--format", format};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return Cli.run(all);
    }

    private static String card(String html) {
        Matcher m = Pattern.compile("<div class=\"card[^\"]*\" id=\"under-escalated\">(.*?)</div></div>")
                .matcher(html);
        assertThat(m.find()).as("the under-escalation card").isTrue();
        return m.group(1).replaceAll("<[^>]+>", "");
    }

    @Test
    void theHeadlineCountsTheSuppressedUnderEscalationCellAsPossiblyUnderEscalated() {
        Cli run = report("html");

        assertThat(run.exit()).isZero();
        String card = card(run.out());
        assertThat(card).startsWith("Vignettes under-escalated0 of 5");
        assertThat(card).contains("1 more below the reporting threshold").contains("fewer than 5 learners each");
        assertThat(run.out()).contains("class=\"card alert\" id=\"under-escalated\"");
    }

    @Test
    void withEveryCountShownTheHeadlineHasNothingBelowTheThreshold() {
        String card = card(report("html", "--min-cell", "1").out());

        assertThat(card).startsWith("Vignettes under-escalated1 of 5").doesNotContain("below the reporting threshold");
    }

    @Test
    void theJsonNamesThePossiblyDangerousVignettes() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report("json").out());

        assertThat(json.get("dangerous")).isEmpty();
        assertThat(json.get("possiblyDangerous")).hasSize(1);
        assertThat(json.at("/possiblyDangerous/0/vignette").asText()).isEqualTo(
                json.get("possiblyDangerous").get(0).get("vignette").asText()).contains("/");
        JsonNode cell = json.at("/vignettes/" + json.at("/possiblyDangerous/0/vignette").asText()
                .replace("/", "~1") + "/under");
        assertThat(cell.get("suppressed").asBoolean()).isTrue();
    }
}

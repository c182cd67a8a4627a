package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CSV outputs quote a cell only where CSV needs it (a comma, a quote or a line break), whatever its length:
 * the shipped example's competency ids of more than 24 characters, such as
 * {@code communication.active-listening}, go out as they are, like the shorter ones.
 */
class CsvQuotingTest {

    private static final Path COMMUNITY = Path.of("").toAbsolutePath().resolve("../examples/community").normalize();
    private static final String CURRICULUM = COMMUNITY.resolve("curriculum.yaml").toString();
    private static final String EVIDENCE = COMMUNITY.resolve("evidence.jsonl").toString();
    /** A quoted CSV cell: quotes around anything, a quote inside doubled. */
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    @Test
    void evaluateQuotesNoLongIdThatNeedsNoQuotes() {
        Cli r = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", EVIDENCE, "--as-of", "2026-06-01",
                "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(",competency,communication.active-listening,")
                .contains(",competency,foundations.lived-experience,");
        assertThat(quotedCells(r.out())).allSatisfy(CsvQuotingTest::needsQuotes);
    }

    @Test
    void reportQuotesOnlyTheCellsThatNeedIt() {
        Cli r = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", EVIDENCE, "--as-of", "2026-06-01",
                "--format", "csv", "--min-cell", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(",competency,communication.active-listening,");
        // the bins of time to certification hold a comma: those are quoted
        assertThat(quotedCells(r.out())).isNotEmpty().allSatisfy(CsvQuotingTest::needsQuotes);
    }

    private static List<String> quotedCells(String csv) {
        Matcher m = QUOTED.matcher(csv);
        List<String> cells = new java.util.ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1));
        }
        return cells;
    }

    private static void needsQuotes(String cell) {
        assertThat(cell).containsAnyOf(",", "\"", "\n", "\r");
    }
}

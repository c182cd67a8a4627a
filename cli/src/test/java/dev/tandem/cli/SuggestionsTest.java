package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Misspelled commands, options and words are answered with the closest name, in one message format. */
class SuggestionsTest {

    private static final String CURRICULUM = Path.of("").toAbsolutePath()
            .resolve("../examples/community/curriculum.yaml").normalize().toString();

    @Test
    void aMisspelledOptionIsNamedAndTheClosestSuggestedInsteadOfAMissingOne() {
        Cli run = Cli.run("evaluate", "--curiculum", CURRICULUM, "--evidence", "e.jsonl");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tandem evaluate: error: unknown option '--curiculum'; did you mean "
                + "'--curriculum'?\nTry 'tandem evaluate --help' for more information.\n");
    }

    @Test
    void aMisspelledOptionWithAnEqualsSignIsSuggestedToo() {
        Cli run = Cli.run("report", "--curriculum=" + CURRICULUM, "--evidnce=e.jsonl");

        assertThat(run.err()).startsWith("tandem report: error: unknown option '--evidnce'; did you mean "
                + "'--evidence'?\n");
    }

    @Test
    void aMisspelledCommandIsSuggested() {
        Cli run = Cli.run("evalute", "--curriculum", CURRICULUM);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tandem: error: unknown command 'evalute'; did you mean 'evaluate'?\n");
    }

    @Test
    void anUnknownWordFarFromEveryCommandGetsNoSuggestion() {
        Cli run = Cli.run("frobnicate");

        assertThat(run.err()).startsWith("tandem: error: unknown command 'frobnicate'\n");
    }

    @Test
    void aMisspelledEvidenceFormatIsSuggestedWithTheFormats() {
        Cli run = Cli.run("evaluate", "--curriculum", CURRICULUM, "--evidence", "e.jsonl", "--evidence-format",
                "jsnol");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tandem evaluate: error: unknown evidence format 'jsnol'; did you mean "
                + "'jsonl'? (formats: auto, jsonl, json, csv, xapi)\n");
    }

    @Test
    void aMisspelledReportFormatIsSuggested() {
        Cli run = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", "e.jsonl", "--format", "htlm");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'htlm'; did you mean 'html'? (formats: json, csv, html)");
    }

    @Test
    void aMissingRequiredOptionIsStillReportedWhenNothingIsMisspelled() {
        Cli run = Cli.run("report", "--evidence", "e.jsonl");

        assertThat(run.err()).startsWith("tandem report: error: missing required option: '--curriculum=FILE'\n");
    }

    @Test
    void aNegativeNumberAsAnOptionValueIsNotTakenForAnOption() {
        Cli run = Cli.run("report", "--curriculum", CURRICULUM, "--evidence", "e.jsonl", "--min-cell", "-1");

        assertThat(run.err()).doesNotContain("unknown option");
    }
}

package dev.tandem.io.xapi;

import static dev.tandem.io.xapi.Statements.COMPLETED;
import static dev.tandem.io.xapi.Statements.FOUNDATIONS;
import static dev.tandem.io.xapi.Statements.statement;
import static dev.tandem.io.xapi.XapiTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** FORMAT 10.1 "Time": stored without timestamp; zone-less timestamps as UTC with a warning. */
class XapiTimeTest {

    @Test
    void withoutTimestampStoredIsUsed() {
        XapiTesting.Read r = lines(statement(COMPLETED, FOUNDATIONS).without("timestamp").stored("2026-05-01T10:00:00Z"));
        assertThat(r.records().get(0).at()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    }

    @Test
    void theTimestampComesBeforeStored() {
        XapiTesting.Read r = lines(statement(COMPLETED, FOUNDATIONS).stored("2026-05-01T10:00:00Z"));
        assertThat(r.records().get(0).at()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
    }

    @Test
    void withoutBothTheStatementIsAnError() {
        assertThat(lines(statement(COMPLETED, FOUNDATIONS).without("timestamp")).problems()).containsExactly(
                "statement 1 (1:1): timestamp: is required, or else stored (an ISO-8601 timestamp, for example "
                        + "2026-03-02T14:00:00Z)");
    }

    @Test
    void aTimestampWithoutZoneIsUtcAndCountedInAWarning() {
        XapiTesting.Read r = lines(statement(COMPLETED, FOUNDATIONS).timestamp("2026-03-02T14:00:00"),
                statement(COMPLETED, FOUNDATIONS).timestamp("2026-03-02T14:00:00.250"),
                statement(COMPLETED, FOUNDATIONS).timestamp("2026-03-02T16:00:00+02:00"));
        assertThat(r.records()).extracting(x -> x.at()).containsExactly(Instant.parse("2026-03-02T14:00:00Z"),
                Instant.parse("2026-03-02T14:00:00.250Z"), Instant.parse("2026-03-02T14:00:00Z"));
        assertThat(r.warnings()).containsExactly("2 statements with a timestamp without zone offset: read as UTC");
        assertThat(r.summary().problems()).isEmpty();
    }

    @Test
    void offsetsWithoutColonAndDatesAreRead() {
        XapiTesting.Read r = lines(statement(COMPLETED, FOUNDATIONS).timestamp("2026-03-02T16:00:00+0200"),
                statement(COMPLETED, FOUNDATIONS).timestamp("2026-03-02"));
        assertThat(r.records()).extracting(x -> x.at()).containsExactly(Instant.parse("2026-03-02T14:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aBadStoredIsAnErrorOnStored() {
        assertThat(lines(statement(COMPLETED, FOUNDATIONS).without("timestamp").stored("soon")).summary().problems())
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("stored"));
    }

    @Test
    void aVoidedStatementsTimestampIsNotCounted() {
        String id = "a0000000-0000-4000-8000-00000000000a";
        XapiTesting.Read r = lines(statement(COMPLETED, FOUNDATIONS).id(id).timestamp("2026-03-02T14:00:00"),
                Statements.voiding("f0000000-0000-4000-8000-0000000000a1", id));
        assertThat(r.records()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }
}

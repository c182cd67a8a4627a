package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.internal.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void aMisspeltNameSuggestsTheClosestCandidate() {
        assertThat(Suggestions.closest("proficency", List.of("frequency", "proficiency"))).contains("proficiency");
    }

    @Test
    void swappedNeighbouringLettersCountAsOneEdit() {
        assertThat(Suggestions.closest("lsitening", List.of("listening"))).contains("listening");
    }

    @Test
    void nothingIsSuggestedWhenNoCandidateIsClose() {
        assertThat(Suggestions.closest("weapon", List.of("ideation", "plan", "distress"))).isEmpty();
    }

    @Test
    void theTextItselfIsNeverSuggested() {
        assertThat(Suggestions.closest("plan", List.of("plan"))).isEmpty();
    }

    @Test
    void noCandidatesGiveNoSuggestion() {
        assertThat(Suggestions.closest("plan", List.of())).isEmpty();
    }

    @Test
    void longerNamesAllowMoreEdits() {
        // three edits in an 18-character name: within a third of its length
        assertThat(Suggestions.closest("crisis.warnin-sgin", List.of("crisis.warning-signs"))).isPresent();
        assertThat(Suggestions.closest("abcde", List.of("vwxde"))).isEmpty();
    }
}

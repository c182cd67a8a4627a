package dev.tandem.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionCacheTest {

    private static Decision decision(int n) {
        return new Decision(TierId.of("tier-" + n), List.of(), List.of());
    }

    @Test
    void aKeyNeverPutIsAbsent() {
        assertThat(new DecisionCache(16).get(42L)).isNull();
    }

    @Test
    void keysDifferingOnlyInTheirHighBitsAreKeptApart() {
        DecisionCache cache = new DecisionCache(1 << 16);
        for (int i = 0; i < 5_000; i++) {
            cache.put((long) i << 40, decision(i));
        }

        for (int i = 0; i < 5_000; i++) {
            assertThat(cache.get((long) i << 40)).as("key %d", i).isEqualTo(decision(i));
        }
    }

    @Test
    void thePutDecisionIsReturnedItselfNotACopy() {
        DecisionCache cache = new DecisionCache(16);
        Decision d = decision(1);
        cache.put(-1L, d);

        assertThat(cache.get(-1L)).isSameAs(d);
    }

    @Test
    void pastItsLimitTheCacheKeepsNoMoreEntries() {
        DecisionCache cache = new DecisionCache(100);
        for (int i = 0; i < 1_000; i++) {
            cache.put(i, decision(i));
        }

        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> cache.get(i) != null).count();
        assertThat(kept).isEqualTo(100);
    }
}

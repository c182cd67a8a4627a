package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Work spread over threads comes back in item order, whatever the number of threads; failures come back too. */
class InOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void everyItemIsWorkedOnOnceAndTheResultsComeInItemOrder(int threads) {
        for (int n : new int[] {0, 1, 7, 3_000}) {
            List<Integer> seen = new ArrayList<>();
            Set<String> onThreads = ConcurrentHashMap.newKeySet();
            InOrder.run(n, threads, "test", (from, to) -> {
                onThreads.add(Thread.currentThread().getName());
                return InOrder.each(from, to, i -> i * 2);
            }, seen::addAll);

            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i * 2);
            }
            assertThat(seen).as("n=%d threads=%d", n, threads).isEqualTo(expected);
            if (threads == 1) {
                assertThat(onThreads).as("one thread: the caller's alone").allMatch(t -> !t.startsWith("tandem-"));
            }
        }
    }

    @Test
    void aCheckedExceptionOfTheWorkComesBackAsTheCauseOfWorkFailedAndAnUncheckedOneAsItWas() {
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> InOrder.run(100, threads, "test", (from, to) -> {
                if (from > 40) {
                    throw new IOException("disk gone");
                }
                return to;
            }, r -> { })).isInstanceOf(InOrder.WorkFailed.class).hasCauseInstanceOf(IOException.class);
            assertThatThrownBy(() -> InOrder.run(100, threads, "test", (from, to) -> {
                throw new IllegalStateException("broken");
            }, r -> { })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
        }
    }

    @Test
    void fewerThanOneThreadIsACallersMistake() {
        assertThatThrownBy(() -> InOrder.run(1, 0, "test", (from, to) -> to, r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

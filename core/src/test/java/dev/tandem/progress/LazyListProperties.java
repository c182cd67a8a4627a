package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** {@link LazyList} behaves as the immutable list its work gives ({@code List.of}, the oracle), worked out once. */
class LazyListProperties {

    @Provide
    Arbitrary<List<String>> lists() {
        return Arbitraries.strings().alpha().ofMaxLength(3).list().ofMaxSize(30).map(List::copyOf);
    }

    @Property
    void isTheListItsWorkGives(@ForAll("lists") List<String> oracle, @ForAll("lists") List<String> other) {
        LazyList<String> lazy = new LazyList<>(() -> new ArrayList<>(oracle));
        assertThat(lazy).isEqualTo(oracle).hasSameHashCodeAs(oracle).hasSize(oracle.size());
        assertThat(oracle).isEqualTo(lazy);
        assertThat(lazy.toString()).isEqualTo(oracle.toString());
        assertThat(new ArrayList<>(lazy)).isEqualTo(oracle);
        assertThat(lazy.stream().toList()).isEqualTo(oracle);
        assertThat(List.copyOf(lazy)).isEqualTo(oracle);
        for (int i = 0; i < oracle.size(); i++) {
            assertThat(lazy.get(i)).isEqualTo(oracle.get(i));
            assertThat(lazy.subList(i, oracle.size())).isEqualTo(oracle.subList(i, oracle.size()));
        }
        for (String item : other) {
            assertThat(lazy.contains(item)).isEqualTo(oracle.contains(item));
            assertThat(lazy.indexOf(item)).isEqualTo(oracle.indexOf(item));
            assertThat(lazy.lastIndexOf(item)).isEqualTo(oracle.lastIndexOf(item));
        }
        assertThat(lazy.equals(new LazyList<>(() -> other))).isEqualTo(oracle.equals(other));
    }

    @Property
    void worksItOutOnceAndOnlyWhenRead(@ForAll("lists") List<String> oracle) {
        AtomicInteger calls = new AtomicInteger();
        LazyList<String> lazy = new LazyList<>(() -> {
            calls.incrementAndGet();
            return oracle;
        });
        assertThat(calls).hasValue(0);
        lazy.size();
        lazy.hashCode();
        lazy.forEach(item -> { });
        assertThat(lazy).isEqualTo(oracle);
        assertThat(calls).hasValue(1);
    }

    @Property
    void keepsNoChangeOfTheWorksList(@ForAll("lists") List<String> oracle) {
        List<String> given = new ArrayList<>(oracle);
        LazyList<String> lazy = new LazyList<>(() -> given);
        lazy.size();
        given.add("later");
        assertThat(lazy).isEqualTo(oracle);
    }

    /** Every change is refused, as {@code List.of} refuses it, even one that would change nothing. */
    @Property
    void refusesChangesAsListOfDoes(@ForAll("lists") List<String> oracle) {
        LazyList<String> lazy = new LazyList<>(() -> oracle);
        List<ThrowingCallable> changes = List.of(() -> lazy.add("c"), () -> lazy.add(0, "c"), lazy::clear,
                () -> lazy.addAll(List.of()), () -> lazy.addAll(0, List.of()), () -> lazy.removeAll(List.of()),
                () -> lazy.retainAll(oracle), () -> lazy.removeIf(item -> false), () -> lazy.replaceAll(item -> item),
                () -> lazy.sort(null), () -> lazy.remove("c"));
        for (ThrowingCallable change : changes) {
            assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
        }
        if (!oracle.isEmpty()) {
            assertThatThrownBy(() -> lazy.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> lazy.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> {
                var i = lazy.iterator();
                i.next();
                i.remove();
            }).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(lazy).isEqualTo(oracle);
    }

    @Example
    void threadsReadingAtOnceSeeOneListWorkedOutOnce() throws Exception {
        int threads = 8;
        for (int round = 0; round < 50; round++) {
            AtomicInteger calls = new AtomicInteger();
            LazyList<Integer> lazy = new LazyList<>(() -> {
                calls.incrementAndGet();
                List<Integer> items = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    items.add(i);
                }
                return items;
            });
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<Integer>>> seen = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    seen.add(pool.submit(() -> {
                        start.await();
                        return new ArrayList<>(lazy);
                    }));
                }
                start.countDown();
                for (Future<List<Integer>> f : seen) {
                    assertThat(f.get(10, TimeUnit.SECONDS)).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(calls).hasValue(1);
        }
    }

    @Example
    void aNullItemFailsOnFirstRead() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        LazyList<String> lazy = new LazyList<>(() -> withNull);
        assertThatThrownBy(lazy::size).isInstanceOf(NullPointerException.class);
    }
}

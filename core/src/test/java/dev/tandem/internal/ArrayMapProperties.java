package dev.tandem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ArrayMap} behaves as an unmodifiable {@code LinkedHashMap} of the same entries, the oracle. */
class ArrayMapProperties {

    /** Entries with distinct keys, few or many (beyond the pairwise check of distinct keys). */
    @Provide
    Arbitrary<LinkedHashMap<String, Integer>> maps() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(3), Arbitraries.integers())
                .ofMaxSize(40).map(LinkedHashMap::new);
    }

    private static ArrayMap<String, Integer> arrayMap(LinkedHashMap<String, Integer> oracle) {
        String[] keys = oracle.keySet().toArray(new String[0]);
        Integer[] values = oracle.values().toArray(new Integer[0]);
        return ArrayMap.of(keys, values, keys.length);
    }

    @Property
    void holdsTheSameEntriesInTheSameOrder(@ForAll("maps") LinkedHashMap<String, Integer> oracle) {
        ArrayMap<String, Integer> map = arrayMap(oracle);
        assertThat(map).isEqualTo(oracle).hasSameHashCodeAs(oracle).hasSize(oracle.size());
        assertThat(oracle).isEqualTo(map);
        assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(oracle.entrySet()));
        assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(oracle.keySet()));
        assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(oracle.values()));
        assertThat(map.toString()).isEqualTo(oracle.toString());
        List<String> visited = new ArrayList<>();
        map.forEach((k, v) -> {
            assertThat(v).isEqualTo(oracle.get(k));
            visited.add(k);
        });
        assertThat(visited).isEqualTo(new ArrayList<>(oracle.keySet()));
        assertThat(ArrayMap.copyOf(oracle)).isEqualTo(oracle);
    }

    @Property
    void looksUpAsTheOracleDoes(@ForAll("maps") LinkedHashMap<String, Integer> oracle,
            @ForAll("keys") String key) {
        ArrayMap<String, Integer> map = arrayMap(oracle);
        assertThat(map.get(key)).isEqualTo(oracle.get(key));
        assertThat(map.containsKey(key)).isEqualTo(oracle.containsKey(key));
        assertThat(map.getOrDefault(key, -1)).isEqualTo(oracle.getOrDefault(key, -1));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().alpha().ofMaxLength(3);
    }

    @Property
    void cannotBeChanged(@ForAll("maps") LinkedHashMap<String, Integer> oracle) {
        ArrayMap<String, Integer> map = arrayMap(oracle);
        assertThatThrownBy(() -> map.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
        if (!oracle.isEmpty()) {
            String first = oracle.keySet().iterator().next();
            assertThatThrownBy(() -> map.remove(first)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.replaceAll((k, v) -> 0)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(map).isEqualTo(oracle);
    }

    @Example
    void copiesItsArraysAndTakesOnlyTheCountGiven() {
        String[] keys = {"a", "b", "c"};
        Integer[] values = {1, 2, 3};
        ArrayMap<String, Integer> map = ArrayMap.of(keys, values, 2);
        keys[0] = "z";
        values[0] = 9;
        assertThat(map).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    }

    @Example
    void refusesNullsAndDuplicateKeys() {
        assertThatThrownBy(() -> ArrayMap.of(new String[] {"a", null}, new Integer[] {1, 2}, 2))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ArrayMap.of(new String[] {"a"}, new Integer[] {null}, 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ArrayMap.of(new String[] {"a", "b", "a"}, new Integer[] {1, 2, 3}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate key");
        String[] many = new String[20];
        Integer[] values = new Integer[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = "k" + (i % 19);
            values[i] = i;
        }
        assertThatThrownBy(() -> ArrayMap.of(many, values, many.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate key");
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> ArrayMap.copyOf(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ArrayMap.of(new String[] {"a"}, new Integer[] {1}, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Example
    void aCopyOfAnArrayMapIsTheSameMap() {
        ArrayMap<String, Integer> map = ArrayMap.of(new String[] {"a"}, new Integer[] {1}, 1);
        assertThat(ArrayMap.copyOf(map)).isSameAs(map);
    }
}

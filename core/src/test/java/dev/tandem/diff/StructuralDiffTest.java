package dev.tandem.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Structural changes between canonical trees (FORMAT section 14.2), matched and named by id. */
class StructuralDiffTest {

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> module(String id, String title, String... requires) {
        return requires.length == 0 ? map("id", id, "title", title)
                : map("id", id, "title", title, "requires", List.of(requires));
    }

    private static Map<String, Object> doc(Object... modules) {
        return map("tandem", 1, "id", "c", "version", "1", "modules", List.of(modules));
    }

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.path()).toList();
    }

    @Test
    void aDocumentComparedWithItselfHasNoChange() {
        Map<String, Object> d = doc(module("m1", "One"), module("m2", "Two", "m1"));

        assertThat(StructuralDiff.between(d, d)).isEmpty();
    }

    @Test
    void itemsAreMatchedByIdSoAMoveIsNotAChange() {
        assertThat(StructuralDiff.between(doc(module("m1", "One"), module("m2", "Two")),
                doc(module("m2", "Two"), module("m1", "One")))).isEmpty();
    }

    @Test
    void aChangedFieldIsNamedByTheItemsIdWithBothValues() {
        List<Change> changes = StructuralDiff.between(doc(module("m1", "One"), module("m2", "Two")),
                doc(module("m1", "One"), module("m2", "Second")));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.CHANGED);
            assertThat(c.path()).hasToString("/modules/m2/title");
            assertThat(c.oldValue()).isEqualTo("Two");
            assertThat(c.newValue()).isEqualTo("Second");
        });
    }

    @Test
    void requiresCompareAsSetsAndAreReportedWhole() {
        assertThat(StructuralDiff.between(doc(module("m3", "T", "m1", "m2")), doc(module("m3", "T", "m2", "m1"))))
                .isEmpty();

        List<Change> changes = StructuralDiff.between(doc(module("m3", "T", "m1")), doc(module("m3", "T", "m1",
                "m2")));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.path()).hasToString("/modules/m3/requires");
            assertThat(c.oldValue()).isEqualTo(List.of("m1"));
            assertThat(c.newValue()).isEqualTo(List.of("m1", "m2"));
        });
    }

    @Test
    void scaleLevelsCompareInOrder() {
        Map<String, Object> a = map("scales", List.of(map("id", "p", "levels", List.of("low", "high"))));
        Map<String, Object> b = map("scales", List.of(map("id", "p", "levels", List.of("high", "low"))));

        assertThat(lines(StructuralDiff.between(a, b))).containsExactly("changed /scales/p/levels");
    }

    @Test
    void aFieldInOnlyOneVersionIsChangedWithNullOnTheOtherSide() {
        List<Change> changes = StructuralDiff.between(doc(module("m1", "One")),
                map("tandem", 1, "id", "c", "version", "1", "description", "New", "modules",
                        List.of(module("m1", "One"))));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.CHANGED);
            assertThat(c.path()).hasToString("/description");
            assertThat(c.oldValue()).isNull();
            assertThat(c.newValue()).isEqualTo("New");
        });
    }

    @Test
    void numbersCompareByValue() {
        assertThat(StructuralDiff.between(map("hours", 6), map("hours", 6.0))).isEmpty();
    }

    @Test
    void changesFollowTheNewOrderWithRemovedItemsAfterTheItemTheyFollowed() {
        List<Change> changes = StructuralDiff.between(
                doc(module("m1", "One"), module("m2", "Two"), module("m3", "Three")),
                doc(module("m4", "Four"), module("m1", "Uno"), module("m3", "Tres")));

        assertThat(lines(changes)).containsExactly("added /modules/m4", "changed /modules/m1/title",
                "removed /modules/m2", "changed /modules/m3/title");
    }

    @Test
    void escalationItemsAreComparedByIdInsideTheBlock() {
        Map<String, Object> rule = map("id", "r1", "when", "plan", "tier", "refer", "actions", List.of("Call"));
        Map<String, Object> edited = map("id", "r1", "when", map("all", List.of("plan", "intent")), "tier", "refer",
                "actions", List.of("Call"));
        Map<String, Object> a = map("escalation", map("rules", List.of(rule)));
        Map<String, Object> b = map("escalation", map("rules", List.of(edited)));

        assertThat(lines(StructuralDiff.between(a, b))).containsExactly("changed /escalation/rules/r1/when");
    }

    @Test
    void ruleActionsCompareInOrder() {
        Map<String, Object> a = map("escalation", map("rules", List.of(map("id", "r", "actions", List.of("a",
                "b")))));
        Map<String, Object> b = map("escalation", map("rules", List.of(map("id", "r", "actions", List.of("b",
                "a")))));

        assertThat(lines(StructuralDiff.between(a, b))).containsExactly("changed /escalation/rules/r/actions");
    }

    // ---------------------------------------------------------------- antisymmetry

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<Map<String, Object>> item = Arbitraries.of("m1", "m2", "m3", "m4").flatMap(id -> Arbitraries
                .of("A", "B").flatMap(title -> Arbitraries.subsetOf("m1", "m2", "m3").map(req -> req.isEmpty()
                        ? module(id, title) : module(id, title, req.stream().sorted().toArray(String[]::new)))));
        return item.list().ofMaxSize(4).uniqueElements(m -> m.get("id")).flatMap(items -> Arbitraries.of("1", "2")
                .map(v -> map("tandem", 1, "id", "c", "version", v, "modules", new ArrayList<>(items))));
    }

    @Property(tries = 300)
    void swappingOldAndNewSwapsAddedAndRemovedAndTheValues(@ForAll("documents") Map<String, Object> a,
            @ForAll("documents") Map<String, Object> b) {
        List<Change> forward = StructuralDiff.between(a, b);
        List<Change> backward = StructuralDiff.between(b, a);

        assertThat(backward.stream().map(StructuralDiffTest::swapped).collect(Collectors.toSet()))
                .isEqualTo(forward.stream().map(c -> c.kind() + " " + c.path() + " " + c.oldValue() + " "
                        + c.newValue()).collect(Collectors.toSet()));
        assertThat(forward.isEmpty()).isEqualTo(Trees.same(a, b, ""));
    }

    private static String swapped(Change c) {
        Change.Kind kind = switch (c.kind()) {
            case ADDED -> Change.Kind.REMOVED;
            case REMOVED -> Change.Kind.ADDED;
            case CHANGED -> Change.Kind.CHANGED;
        };
        return kind + " " + c.path() + " " + c.newValue() + " " + c.oldValue();
    }
}

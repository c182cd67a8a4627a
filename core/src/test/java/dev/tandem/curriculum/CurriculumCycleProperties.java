package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.PARENT_CYCLE;
import static dev.tandem.diagnostic.DiagnosticCode.PREREQUISITE_CYCLE;
import static dev.tandem.testing.Curricula.competency;
import static dev.tandem.testing.Curricula.minimal;
import static dev.tandem.testing.Curricula.module;
import static dev.tandem.testing.Curricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Competency;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.training.TrainingModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cycle detection over random prerequisite graphs and parent forests. */
class CurriculumCycleProperties {

    /**
     * A random acyclic graph over nodes {@code n0..n(size-1)}: node i points only at nodes below i. The nodes
     * appear in the document in {@code order}, so graph order and document order differ.
     */
    record Graph(List<List<Integer>> edges, List<Integer> order, int pick) {

        int size() {
            return edges.size();
        }

        static String name(int node) {
            return "n" + node;
        }

        /** Pairs (from, to) such that {@code to} is reachable from {@code from}, including (x, x). */
        List<int[]> reachablePairs() {
            List<int[]> pairs = new ArrayList<>();
            for (int from = 0; from < size(); from++) {
                boolean[] seen = new boolean[size()];
                mark(from, seen);
                for (int to = 0; to < size(); to++) {
                    if (seen[to]) {
                        pairs.add(new int[] {from, to});
                    }
                }
            }
            return pairs;
        }

        private void mark(int node, boolean[] seen) {
            if (!seen[node]) {
                seen[node] = true;
                edges.get(node).forEach(next -> mark(next, seen));
            }
        }

        /** {@return a copy with one more edge} */
        Graph with(int from, int to) {
            List<List<Integer>> copy = new ArrayList<>();
            edges.forEach(e -> copy.add(new ArrayList<>(e)));
            copy.get(from).add(to);
            return new Graph(copy, order, pick);
        }

        /** {@return the position of a node in the document} */
        int position(int node) {
            return order.indexOf(node);
        }
    }

    @Provide
    Arbitrary<Graph> dags() {
        return Arbitraries.integers().between(1, 10).flatMap(n -> {
            Arbitrary<List<List<Integer>>> edges = Arbitraries.integers().between(0, 99).list().ofSize(n * n)
                    .map(bits -> IntStream.range(0, n).mapToObj(i -> IntStream.range(0, i)
                            .filter(j -> bits.get(i * n + j) < 30).boxed().toList()).toList());
            Arbitrary<List<Integer>> order = Arbitraries.shuffle(IntStream.range(0, n).boxed().toList());
            return Combinators.combine(edges, order, Arbitraries.integers().between(0, 10_000)).as(Graph::new);
        });
    }

    // ------------------------------------------------------------ prerequisites

    private static List<Diagnostic> asModules(Graph g) {
        List<TrainingModule> modules = new ArrayList<>();
        for (int node : g.order()) {
            modules.add(module(Graph.name(node)).requires(g.edges().get(node).stream().map(Graph::name)
                    .toArray(String[]::new)).build());
        }
        return minimal().modules(modules.toArray(TrainingModule[]::new))
                .assessments(quiz("a1-quiz", "listening", "proficient").build()).diagnostics();
    }

    @Property(tries = 300)
    void anAcyclicPrerequisiteGraphValidates(@ForAll("dags") Graph g) {
        assertThat(asModules(g)).isEmpty();
    }

    @Property(tries = 300)
    void oneBackEdgeGivesExactlyOnePrerequisiteCycleNamingARealCycleThroughIt(@ForAll("dags") Graph g) {
        List<int[]> pairs = g.reachablePairs();
        int[] pair = pairs.get(g.pick() % pairs.size());
        int from = pair[1];
        int to = pair[0];
        Graph cyclic = g.with(from, to);

        List<Diagnostic> cycles = asModules(cyclic).stream().filter(d -> d.code() == PREREQUISITE_CYCLE).toList();

        assertThat(cycles).hasSize(1);
        List<String> ring = ring(cycles.get(0));
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        assertThat(ring).contains(Graph.name(from), Graph.name(to));
        List<Integer> nodes = ring.stream().map(s -> Integer.parseInt(s.substring(1))).toList();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            assertThat(cyclic.edges().get(nodes.get(i))).as("%s requires %s", ring.get(i), ring.get(i + 1))
                    .contains(nodes.get(i + 1));
        }
        int first = nodes.get(0);
        assertThat(nodes).allMatch(n -> cyclic.position(n) <= cyclic.position(first));
        assertThat(cycles.get(0).path()).hasToString("/modules/" + cyclic.position(first) + "/requires/"
                + cyclic.edges().get(first).indexOf(nodes.get(1)));
    }

    // ------------------------------------------------------------ parents

    /** Node i's parent is its highest edge target, so every node has at most one parent: a forest. */
    private static Integer parentOf(Graph g, int node) {
        List<Integer> e = g.edges().get(node);
        return e.isEmpty() ? null : e.stream().max(Integer::compare).orElseThrow();
    }

    private static List<Diagnostic> asCompetencies(Graph g, Integer[] parents) {
        List<Competency> competencies = new ArrayList<>(List.of(competency("listening").build()));
        for (int node : g.order()) {
            Competency.Builder b = competency(Graph.name(node));
            if (parents[node] != null) {
                b.parent(Graph.name(parents[node]));
            }
            competencies.add(b.build());
        }
        return minimal().competencies(competencies.toArray(Competency[]::new)).diagnostics();
    }

    private static Integer[] forest(Graph g) {
        return IntStream.range(0, g.size()).mapToObj(i -> parentOf(g, i)).toArray(Integer[]::new);
    }

    @Property(tries = 300)
    void aParentForestValidatesWithoutErrors(@ForAll("dags") Graph g) {
        assertThat(asCompetencies(g, forest(g))).noneMatch(Diagnostic::isError);
    }

    @Property(tries = 300)
    void makingANodeTheChildOfItsOwnDescendantGivesExactlyOneParentCycleNamingItsMembers(@ForAll("dags") Graph g) {
        Integer[] parents = forest(g);
        // pairs (descendant, ancestor-or-self) in the forest
        List<int[]> pairs = new ArrayList<>();
        for (int node = 0; node < g.size(); node++) {
            for (Integer up = node; up != null; up = parents[up]) {
                pairs.add(new int[] {node, up});
            }
        }
        int[] pair = pairs.get(g.pick() % pairs.size());
        int descendant = pair[0];
        int ancestor = pair[1];
        Set<String> members = new HashSet<>();
        for (Integer up = descendant; up != ancestor; up = parents[up]) {
            members.add(Graph.name(up));
        }
        members.add(Graph.name(ancestor));
        Integer[] cyclic = Arrays.copyOf(parents, parents.length);
        cyclic[ancestor] = descendant;

        List<Diagnostic> cycles = asCompetencies(g, cyclic).stream().filter(d -> d.code() == PARENT_CYCLE).toList();

        assertThat(cycles).hasSize(1);
        List<String> ring = ring(cycles.get(0));
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        assertThat(ring).hasSize(members.size() + 1);
        assertThat(new HashSet<>(ring)).isEqualTo(members);
        int last = members.stream().mapToInt(m -> g.position(Integer.parseInt(m.substring(1)))).max().orElseThrow();
        assertThat(cycles.get(0).path()).hasToString("/competencies/" + (last + 1) + "/parent");
    }

    /** The names in "... form a cycle: a -> b -> a". */
    private static List<String> ring(Diagnostic d) {
        String message = d.message();
        return List.of(message.substring(message.indexOf(": ") + 2).split(" -> "));
    }
}

package dev.tandem.curriculum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cycle finding in the graphs a curriculum forms (competency parents, module prerequisites): strongly connected
 * components by an iterative Tarjan, and the shortest ring through a member to name in a message.
 * Package-private.
 */
final class Graphs {

    private Graphs() {
    }

    /** Strongly connected components that contain a cycle (size > 1, or a self-loop), in discovery order. */
    static List<List<Integer>> cycles(Map<Integer, List<Integer>> edges) {
        int n = edges.size();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<Integer>> result = new ArrayList<>();
        int[] counter = {0};
        for (int v = 0; v < n; v++) {
            if (index[v] < 0) {
                strongConnect(v, edges, index, low, onStack, stack, counter, result);
            }
        }
        result.sort((a, b) -> Integer.compare(a.stream().min(Integer::compare).orElseThrow(),
                b.stream().min(Integer::compare).orElseThrow()));
        return result;
    }

    private static void strongConnect(int root, Map<Integer, List<Integer>> edges, int[] index, int[] low,
            boolean[] onStack, Deque<Integer> stack, int[] counter, List<List<Integer>> result) {
        // iterative Tarjan, so that long prerequisite chains cannot overflow the stack
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {root, 0});
        index[root] = low[root] = counter[0]++;
        stack.push(root);
        onStack[root] = true;
        while (!work.isEmpty()) {
            int[] frame = work.peek();
            int v = frame[0];
            List<Integer> next = edges.get(v);
            if (frame[1] < next.size()) {
                int w = next.get(frame[1]++);
                if (index[w] < 0) {
                    index[w] = low[w] = counter[0]++;
                    stack.push(w);
                    onStack[w] = true;
                    work.push(new int[] {w, 0});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int parent = work.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                List<Integer> component = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component.add(w);
                } while (w != v);
                if (component.size() > 1 || edges.get(v).contains(v)) {
                    component.sort(Integer::compare);
                    result.add(component);
                }
            }
        }
    }

    /** {@return the names of a ring's members joined by arrows: "a -> b -> a"} */
    static String names(List<Integer> ring, Function<Integer, String> name) {
        return ring.stream().map(name).collect(Collectors.joining(" -> "));
    }

    /**
     * The shortest cycle through {@code start} inside a strongly connected component, in edge order, starting
     * and ending at {@code start} (a self-loop gives {@code [start, start]}).
     */
    static List<Integer> ring(List<Integer> cycle, int start, Map<Integer, List<Integer>> edges) {
        Set<Integer> members = new HashSet<>(cycle);
        // breadth-first search inside the component for the shortest way back to start
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        Integer end = null;
        while (!queue.isEmpty() && end == null) {
            int v = queue.poll();
            for (int w : edges.get(v)) {
                if (!members.contains(w)) {
                    continue;
                }
                if (w == start) {
                    end = v;
                    break;
                }
                if (!previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (Integer v = end; v != null && v != start; v = previous.get(v)) {
            path.add(0, v);
        }
        path.add(0, start);
        path.add(start);
        return path;
    }
}

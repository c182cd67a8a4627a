package dev.tandem.escalation;

import java.util.ArrayList;
import java.util.List;

/**
 * A backtracking search for a point x of a {@link Lattice} (and y = x with one signal raised one level) that
 * satisfies a set of constraints. The box of candidate points is split in halves, one signal at a time;
 * after each split every constraint is evaluated three-valued on the remaining box, so a branch is cut as soon as one constraint is certainly
 * violated and accepted as soon as all are certainly met. Exact: it only stops early when the step budget runs
 * out, which it reports by throwing {@link Exhausted}.
 *
 * <p>Not thread-safe; one per analysis.
 */
final class WitnessSearch {

    private final Lattice lattice;
    private final long budget;
    private long steps;

    WitnessSearch(Lattice lattice, long budget) {
        this.lattice = lattice;
        this.budget = budget;
    }

    long steps() {
        return steps;
    }

    /**
     * A requirement on x (or on y when {@code onRaised}): the node must evaluate to {@code wanted}.
     *
     * @param node     the condition
     * @param onRaised whether it applies to the raised point y
     * @param wanted   the value it must have
     */
    record Constraint(Lattice.Formula node, boolean onRaised, boolean wanted) {
    }

    /**
     * Finds a point satisfying every constraint.
     *
     * @param raised      the signal raised from x to y, or -1 when no constraint is on y
     * @param constraints the constraints
     * @return the levels of x, or null when no point satisfies them
     * @throws Exhausted when the step budget runs out first
     */
    int[] find(int raised, List<Constraint> constraints) {
        int n = lattice.signalCount();
        int[] xlo = new int[n];
        int[] xhi = new int[n];
        int[] ylo = new int[n];
        int[] yhi = new int[n];
        for (int i = 0; i < n; i++) {
            xhi[i] = lattice.size(i) - 1;
            yhi[i] = xhi[i];
        }
        if (raised >= 0) {
            if (lattice.size(raised) < 2) {
                return null;
            }
            xhi[raised]--;
            ylo[raised]++;
        }
        boolean[] used = new boolean[n];
        for (Constraint c : constraints) {
            c.node().signals(used);
        }
        List<Integer> order = new ArrayList<>();
        if (raised >= 0) {
            order.add(raised);
        }
        for (int i = 0; i < n; i++) {
            if (used[i] && i != raised) {
                order.add(i);
            }
        }
        int[] vars = order.stream().mapToInt(Integer::intValue).toArray();
        State state = new State(raised, constraints.toArray(Constraint[]::new), vars, xlo, xhi, ylo, yhi);
        return search(state, 0) ? xlo.clone() : null;
    }

    private boolean search(State s, int depth) {
        if (++steps > budget) {
            throw new Exhausted();
        }
        boolean undecided = false;
        for (Constraint c : s.constraints) {
            int r = c.onRaised() ? c.node().eval(s.ylo, s.yhi) : c.node().eval(s.xlo, s.xhi);
            if (r == Lattice.UNKNOWN) {
                undecided = true;
            } else if ((r == Lattice.TRUE) != c.wanted()) {
                return false;
            }
        }
        if (!undecided) {
            // every point of the box satisfies all constraints: take its lowest corner
            for (int i = 0; i < s.xhi.length; i++) {
                s.xhi[i] = s.xlo[i];
            }
            return true;
        }
        // split the first signal whose range is still open in two halves: a comparison usually settles on
        // a whole half at once, so this visits far fewer boxes than trying the levels one by one
        int k = depth;
        while (k < s.vars.length && s.xlo[s.vars[k]] == s.xhi[s.vars[k]]) {
            k++;
        }
        if (k >= s.vars.length) {
            return false;
        }
        int v = s.vars[k];
        int lo = s.xlo[v];
        int hi = s.xhi[v];
        int mid = (lo + hi) >>> 1;
        int shift = v == s.raised ? 1 : 0;
        if (narrow(s, v, lo, mid, shift, k) || narrow(s, v, mid + 1, hi, shift, k)) {
            return true;
        }
        set(s, v, lo, hi, shift);
        return false;
    }

    private boolean narrow(State s, int v, int lo, int hi, int shift, int depth) {
        set(s, v, lo, hi, shift);
        return search(s, depth);
    }

    private static void set(State s, int v, int lo, int hi, int shift) {
        s.xlo[v] = lo;
        s.xhi[v] = hi;
        s.ylo[v] = lo + shift;
        s.yhi[v] = hi + shift;
    }

    /** The mutable box being searched. */
    private record State(int raised, Constraint[] constraints, int[] vars, int[] xlo, int[] xhi, int[] ylo,
            int[] yhi) {
    }

    /** Thrown when the search runs out of steps. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("analysis budget exhausted", null, false, false);
        }
    }
}

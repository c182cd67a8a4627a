package dev.tandem.escalation;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exact check of a policy's requirements (FORMAT section 14.1): for each requirement, whether every valid
 * observation for which its condition holds is decided a tier within its bounds, and if not, one observation
 * that shows it.
 *
 * <p>Exact, not sampled: the policy and the requirements' conditions reduce to the finite lattice the
 * monotonicity analysis uses (a scale only matters at the thresholds the conditions mention), on which both
 * the condition and the decision are functions of the levels; a backtracking search with three-valued pruning
 * looks for a point where the condition holds and the decision is out of bounds. Every witness is confirmed
 * by deciding it with the compiled policy. The search has a step budget per requirement; a requirement it
 * cannot settle within it is reported as not proven ({@link Status#UNDECIDED}), never as holding.
 *
 * <p>Stateless and thread-safe.
 */
public final class RequirementCheck {

    /** The default step budget per requirement: far more than any hand-written policy needs. */
    public static final long DEFAULT_BUDGET = 20_000_000;

    private RequirementCheck() {
    }

    /** What the check found out about one requirement. */
    public enum Status {
        /** Every observation for which the condition holds is decided within the bounds. */
        HOLDS,
        /** Some observation for which the condition holds is decided outside the bounds. */
        VIOLATED,
        /** No observation satisfies the condition, so the requirement says nothing. */
        VACUOUS,
        /** The search ran out of budget before settling the question. */
        UNDECIDED
    }

    /**
     * The outcome for one requirement.
     *
     * @param requirement the requirement
     * @param status      what the check found
     * @param witness     for {@link Status#VIOLATED}, an observation for which the condition holds and whose
     *                    decided tier is out of bounds (false flags and absent scales left out); else null
     * @param decided     for {@link Status#VIOLATED}, the tier the witness is decided; else null
     * @param steps       the search steps spent
     */
    public record Outcome(Requirement requirement, Status status, Observation witness, TierId decided,
            long steps) {

        /** Checks the components; the witness and its tier are given exactly for a violation. */
        public Outcome {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(status, "status");
            if ((status == Status.VIOLATED) != (witness != null && decided != null)) {
                throw new IllegalArgumentException("A violation, and only a violation, has a witness and its tier");
            }
        }

        /** {@return true when the requirement is proven to hold (a vacuous requirement holds)} */
        public boolean holds() {
            return status == Status.HOLDS || status == Status.VACUOUS;
        }
    }

    /**
     * Checks every requirement of a policy with the default budget.
     *
     * @param policy a policy without errors: its rules and its requirements name only its own signals and tiers,
     *               each requirement has a bound and its lower bound is not above its upper bound
     * @return one outcome per requirement, in declaration order
     * @throws IllegalArgumentException when the policy or a requirement names an unknown signal or tier, or a
     *                                  requirement has no bound
     */
    public static List<Outcome> check(Policy policy) {
        return check(policy, DEFAULT_BUDGET);
    }

    /**
     * Checks every requirement of a policy.
     *
     * @param policy a policy without errors (see {@link #check(Policy)})
     * @param budget the most search steps to spend per requirement, at least 1
     * @return one outcome per requirement, in declaration order
     * @throws IllegalArgumentException as {@link #check(Policy)}, or when the budget is not positive
     */
    public static List<Outcome> check(Policy policy, long budget) {
        Objects.requireNonNull(policy, "policy");
        if (budget < 1) {
            throw new IllegalArgumentException("Invalid budget (must be >= 1): " + budget);
        }
        List<Condition> whens = new ArrayList<>();
        for (Requirement r : policy.requirements()) {
            whens.add(r.when());
        }
        Lattice lattice = Lattice.of(policy, whens);
        DecisionNodes decision = DecisionNodes.of(lattice);
        CompiledPolicy compiled = CompiledPolicy.of(policy);
        List<Outcome> out = new ArrayList<>();
        for (Requirement r : policy.requirements()) {
            out.add(check(policy, r, lattice, decision, compiled, budget));
        }
        return out;
    }

    private static Outcome check(Policy policy, Requirement r, Lattice lattice, DecisionNodes decision,
            CompiledPolicy compiled, long budget) {
        if (r.atLeast() == null && r.atMost() == null) {
            throw new IllegalArgumentException("Requirement " + r.id() + " has neither at-least nor at-most");
        }
        int low = r.atLeast() == null ? 0 : rank(policy, r.atLeast());
        int high = r.atMost() == null ? policy.tiers().size() - 1 : rank(policy, r.atMost());
        if (low > high) {
            throw new IllegalArgumentException("Requirement " + r.id() + " has at-least above at-most");
        }
        Lattice.Formula when = lattice.formula(r.when());
        WitnessSearch search = new WitnessSearch(lattice, budget);
        try {
            if (find(search, when, null) == null) {
                return new Outcome(r, Status.VACUOUS, null, null, search.steps());
            }
            int[] point = r.atLeast() == null ? null : find(search, when, decision.below(low));
            if (point == null && r.atMost() != null) {
                point = find(search, when, decision.above(high));
            }
            if (point == null) {
                return new Outcome(r, Status.HOLDS, null, null, search.steps());
            }
            Observation witness = lattice.observation(point);
            TierId decided = compiled.decide(witness).tier();
            int rank = policy.rank(decided);
            if (!ConditionProbe.holds(policy, r.when(), witness) || (rank >= low && rank <= high)) {
                throw new IllegalStateException("Internal error: the requirement check found a false witness "
                        + witness.display() + " for requirement " + r.id());
            }
            return new Outcome(r, Status.VIOLATED, witness, decided, search.steps());
        } catch (WitnessSearch.Exhausted e) {
            return new Outcome(r, Status.UNDECIDED, null, null, search.steps());
        }
    }

    private static int[] find(WitnessSearch search, Lattice.Formula when, Lattice.Formula outOfBounds) {
        List<WitnessSearch.Constraint> constraints = new ArrayList<>();
        constraints.add(new WitnessSearch.Constraint(when, false, true));
        if (outOfBounds != null) {
            constraints.add(new WitnessSearch.Constraint(outOfBounds, false, true));
        }
        return search.find(-1, constraints);
    }

    private static int rank(Policy policy, TierId tier) {
        int rank = policy.rank(tier);
        if (rank < 0) {
            throw new IllegalArgumentException("Unknown tier in a requirement: " + tier);
        }
        return rank;
    }

    /**
     * {@return the diagnostic an author sees for an outcome, or null when the requirement holds and is not
     * vacuous}: {@code requirement-violated} (an error whose message ends with the witness as a JSON object),
     * {@code vacuous-requirement} (a warning), or, when the check ran out of budget, a
     * {@code requirement-violated} error saying the requirement could not be proven
     *
     * @param outcome an outcome of {@link #check(Policy)}
     * @param at      where the requirement stands in its document, for example
     *                {@code /escalation/requirements/0}
     */
    public static Diagnostic diagnostic(Outcome outcome, JsonPointer at) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        Requirement r = outcome.requirement();
        return switch (outcome.status()) {
            case HOLDS -> null;
            case VACUOUS -> Diagnostic.warning(DiagnosticCode.VACUOUS_REQUIREMENT, at, "requirement '" + r.id()
                    + "' says nothing: no observation satisfies its condition");
            case UNDECIDED -> Diagnostic.error(DiagnosticCode.REQUIREMENT_VIOLATED, at, "requirement '" + r.id()
                    + "' could not be proven: the check stopped after " + outcome.steps() + " search steps, its "
                    + "budget; simplify the conditions or raise the budget");
            case VIOLATED -> Diagnostic.error(DiagnosticCode.REQUIREMENT_VIOLATED, at, "requirement '" + r.id()
                    + "' does not hold: an observation for which its condition holds is decided '"
                    + outcome.decided() + "', " + bounds(r) + ": " + outcome.witness().display());
        };
    }

    private static String bounds(Requirement r) {
        if (r.atMost() == null) {
            return "but it must be at least '" + r.atLeast() + "'";
        }
        if (r.atLeast() == null) {
            return "but it must be at most '" + r.atMost() + "'";
        }
        return "but it must be from '" + r.atLeast() + "' to '" + r.atMost() + "'";
    }
}

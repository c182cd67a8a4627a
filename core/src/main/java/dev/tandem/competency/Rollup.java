package dev.tandem.competency;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a parent competency's children combine into a level (FORMAT 6.3 and 13.2): {@link All} (the
 * default: the minimum over the children) or {@link Points}.
 */
public sealed interface Rollup permits Rollup.All, Rollup.Points {

    /** The default rule: the children hold a level when every child has it. */
    Rollup ALL = new All();

    /** {@return the rule's name used in documents: {@code all} or {@code points}} */
    String id();

    /**
     * {@return the highest level rank the children hold under this rule, or -1 when they hold none}
     *
     * @param children the parent's children, in document order (at least one)
     * @param ranks    each child's level rank, in the same order; -1 for a child without a level
     */
    int childrenRank(List<CompetencyId> children, int[] ranks);

    /** {@code rollup: all}: the children hold level L when every child has at least L. */
    record All() implements Rollup {
        @Override
        public String id() {
            return "all";
        }

        @Override
        public int childrenRank(List<CompetencyId> children, int[] ranks) {
            int min = Integer.MAX_VALUE;
            for (int r : ranks) {
                min = Math.min(min, r);
            }
            return ranks.length == 0 ? -1 : min;
        }
    }

    /**
     * A points rule: the children hold level L when every required child has at least L and the points of
     * the children that have at least L add up to at least {@code points}. A child not listed counts
     * {@link ChildPoints#DEFAULT} (1 point, not required).
     *
     * @param points   the points needed, exact as written (the validator requires {@code > 0})
     * @param children the listed children, in the order written
     */
    record Points(BigDecimal points, Map<CompetencyId, ChildPoints> children) implements Rollup {
        /** Checks and copies the components. */
        public Points {
            Objects.requireNonNull(points, "points");
            children.forEach((k, v) -> {
                Objects.requireNonNull(k, "child");
                Objects.requireNonNull(v, "points of " + k);
            });
            children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
        }

        @Override
        public String id() {
            return "points";
        }

        @Override
        public int childrenRank(List<CompetencyId> children, int[] ranks) {
            int top = -1;
            for (int r : ranks) {
                top = Math.max(top, r);
            }
            for (int level = top; level >= 0; level--) {
                if (holds(children, ranks, level)) {
                    return level;
                }
            }
            return -1;
        }

        private boolean holds(List<CompetencyId> kids, int[] ranks, int level) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < ranks.length; k++) {
                ChildPoints p = of(kids.get(k));
                if (ranks[k] >= level) {
                    sum = sum.add(p.points());
                } else if (p.required()) {
                    return false;
                }
            }
            return sum.compareTo(points) >= 0;
        }

        /** {@return what a child counts: as listed, or the default} @param child a child competency */
        public ChildPoints of(CompetencyId child) {
            return children.getOrDefault(child, ChildPoints.DEFAULT);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Points p && p.points.compareTo(points) == 0 && p.children.equals(children);
        }

        @Override
        public int hashCode() {
            return Objects.hash(points.stripTrailingZeros(), children);
        }
    }

    /**
     * What one child counts in a points rule.
     *
     * @param points   its points, exact as written (the validator requires {@code >= 0})
     * @param required whether the children hold a level only when this child has it
     */
    record ChildPoints(BigDecimal points, boolean required) {

        /** An unlisted child: 1 point, not required. */
        public static final ChildPoints DEFAULT = new ChildPoints(BigDecimal.ONE, false);

        /** Checks the component. */
        public ChildPoints {
            Objects.requireNonNull(points, "points");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ChildPoints c && c.points.compareTo(points) == 0 && c.required == required;
        }

        @Override
        public int hashCode() {
            return Objects.hash(points.stripTrailingZeros(), required);
        }
    }
}

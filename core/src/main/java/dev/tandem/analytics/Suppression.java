package dev.tandem.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression over a set of counts linked by groups. Package-private.
 *
 * <p>Primary suppression withholds every count from 1 to K-1. Complementary suppression then runs to a fixed
 * point over the groups:
 * <ul>
 * <li>a <em>partition</em> group's members add up to its total (a published number when the total is null,
 * else another count). When its total is shown and exactly one member is suppressed, or the suppressed
 * members could only be ones (their sum equals their number), the smallest other non-zero member is
 * suppressed too (the total itself when there is none), so no member can be recovered by subtracting the
 * others from the total. When its total is suppressed, every non-zero member is suppressed, so the members
 * cannot reveal the total;</li>
 * <li>a <em>dependent</em> group's members are shares of its total: when the total is suppressed, every
 * non-zero member is suppressed (its share would reveal the total).</li>
 * </ul>
 * Zero counts are never suppressed (an empty cell identifies nobody), so a suppressed count is at least 1.
 * Suppression only grows, so the loop ends.
 */
final class Suppression {

    /** One count while suppressing. */
    static final class Count {
        final int value;
        boolean suppressed;

        Count(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative count " + value);
            }
            this.value = value;
        }

        Cell cell(int population) {
            return suppressed ? Cell.suppressedCell() : Cell.shown(value, population);
        }

        @Override
        public String toString() {
            return suppressed ? value + "*" : Integer.toString(value);
        }
    }

    private record Group(List<Count> members, Count total, boolean partition) {
    }

    private final List<Count> counts = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    Count count(int value) {
        Count c = new Count(value);
        counts.add(c);
        return c;
    }

    /** Registers members that add up to a total (null: a published total). */
    void partition(List<Count> members, Count total) {
        groups.add(new Group(List.copyOf(members), total, true));
    }

    /** Registers members whose shares are taken of a total count. */
    void dependent(List<Count> members, Count total) {
        groups.add(new Group(List.copyOf(members), total, false));
    }

    void apply(int minCell) {
        for (Count c : counts) {
            c.suppressed = c.value >= 1 && c.value < minCell;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group g : groups) {
                changed |= enforce(g);
            }
        }
    }

    private static boolean enforce(Group g) {
        boolean changed = false;
        if (g.total != null && g.total.suppressed) {
            for (Count c : g.members) {
                if (c.value > 0 && !c.suppressed) {
                    c.suppressed = true;
                    changed = true;
                }
            }
            return changed;
        }
        if (!g.partition) {
            return false;
        }
        int suppressed = 0;
        long sum = 0;
        for (Count c : g.members) {
            if (c.suppressed) {
                suppressed++;
                sum += c.value;
            }
        }
        if (suppressed == 0 || suppressed >= 2 && sum > suppressed) {
            return false;
        }
        Count pick = null;
        for (Count c : g.members) {
            if (!c.suppressed && c.value > 0 && (pick == null || c.value < pick.value)) {
                pick = c;
            }
        }
        if (pick == null && g.total != null && g.total.value > 0) {
            pick = g.total;
        }
        if (pick == null) {
            return false; // every learner of a published total is in the suppressed cells: nothing to hide
        }
        pick.suppressed = true;
        return true;
    }
}

package dev.tandem.progress;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An immutable list whose items are worked out when it is first read: the explanations of a result (the awards
 * behind a level, the attempts and how each was graded) that a writer of levels and statuses never reads, so
 * that evaluating a large cohort for its levels does not build them. It is equal to, hashes as and prints as
 * the list it works out, like any other {@link List}; it refuses every change, even one that would change
 * nothing, as {@link List#of} does. Safe to share
 * between threads: the work is repeatable (a pure function of immutable inputs), it is done once, under the
 * list's lock, and the items are then published through a volatile field.
 *
 * @param <T> the type of the items
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    /** Works out the items; null once they are known (so that what it holds can be collected). */
    private Supplier<List<T>> work;
    private volatile List<T> items;

    /**
     * A list of the items {@code work} gives when first read.
     *
     * @param work gives the items; called at most once, on the thread that first reads the list
     */
    LazyList(Supplier<List<T>> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    private List<T> items() {
        List<T> known = items;
        if (known == null) {
            synchronized (this) {
                known = items;
                if (known == null) {
                    known = List.copyOf(work.get());
                    items = known;
                    work = null;
                }
            }
        }
        return known;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }

    // the changes AbstractList allows when they would change nothing (on an empty list, say): refused, always

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object item) {
        throw unmodifiable();
    }

    @Override
    public boolean addAll(Collection<? extends T> items) {
        throw unmodifiable();
    }

    @Override
    public boolean addAll(int index, Collection<? extends T> items) {
        throw unmodifiable();
    }

    @Override
    public boolean removeAll(Collection<?> items) {
        throw unmodifiable();
    }

    @Override
    public boolean retainAll(Collection<?> items) {
        throw unmodifiable();
    }

    @Override
    public boolean removeIf(Predicate<? super T> filter) {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(UnaryOperator<T> operator) {
        throw unmodifiable();
    }

    @Override
    public void sort(Comparator<? super T> order) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("an evaluation's result cannot be changed");
    }
}

package dev.tandem.competency;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a competency's attempts combine into its direct level (FORMAT 6.3 and 13.1): a closed family of
 * methods, each a record. A document gives a default for every competency; a competency may override it.
 *
 * <p>Walk it with {@link #method()}: the {@link Method} names the leaf, so a {@code switch} over it covers
 * every method. The parameters of {@link DecayingAverage} and {@link NMastery} are taken as written; their
 * ranges are checked by the curriculum's validator, so a document and a builder get the same diagnostics.
 */
public sealed interface Attainment permits Attainment.Best, Attainment.Latest, Attainment.Average,
        Attainment.DecayingAverage, Attainment.NMastery {

    /** The highest level any valid attempt awarded (the default). */
    Attainment BEST = new Best();
    /** Per assessment only its most recent valid attempt counts. */
    Attainment LATEST = new Latest();
    /** Per assessment the mean fraction of the valid attempts. */
    Attainment AVERAGE = new Average();

    /** The weight of a decaying average written without one: 0.65. */
    BigDecimal DEFAULT_WEIGHT = new BigDecimal("0.65");

    /** The names of the methods, a closed vocabulary. */
    enum Method {
        /** {@link Best}. */
        BEST("best"),
        /** {@link Latest}. */
        LATEST("latest"),
        /** {@link Average}. */
        AVERAGE("average"),
        /** {@link DecayingAverage}. */
        DECAYING_AVERAGE("decaying-average"),
        /** {@link NMastery}. */
        N_MASTERY("n-mastery");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** {@return the name used in documents, for example {@code decaying-average}} */
        public String id() {
            return id;
        }

        /**
         * {@return the method with that document name, or empty}
         *
         * @param id the name used in documents
         */
        public static Optional<Method> fromId(String id) {
            return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
        }

        /** {@return the allowed document names, separated by {@code ", "}, for messages} */
        public static String allowed() {
            return Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** {@return which method this is} */
    Method method();

    /** {@return the method's name used in documents, for example {@code best}} */
    default String id() {
        return method().id();
    }

    /**
     * {@return true when a level under this method can only fall as time passes without new evidence}
     * True for {@code best}, {@code latest} and {@code n-mastery}; an average can rise when a low attempt expires.
     */
    default boolean monotoneInTime() {
        return method() != Method.AVERAGE && method() != Method.DECAYING_AVERAGE;
    }

    /**
     * {@return the method written as a bare name, or empty when there is none by that name or it needs a
     * parameter without a default ({@code n-mastery})}
     *
     * @param id the name used in documents
     */
    static Optional<Attainment> fromId(String id) {
        return Method.fromId(id).flatMap(m -> switch (m) {
            case BEST -> Optional.of(BEST);
            case LATEST -> Optional.of(LATEST);
            case AVERAGE -> Optional.of(AVERAGE);
            case DECAYING_AVERAGE -> Optional.of(new DecayingAverage(DEFAULT_WEIGHT));
            case N_MASTERY -> Optional.empty();
        });
    }

    /** {@return the allowed method names, separated by {@code ", "}, for messages} */
    static String allowed() {
        return Method.allowed();
    }

    /** {@return a decaying average} @param weight the weight of the newest attempt, in (0, 1) */
    static Attainment decayingAverage(BigDecimal weight) {
        return new DecayingAverage(weight);
    }

    /** {@return an n-mastery method} @param n how many attempts must each award the level, at least 1 */
    static Attainment nMastery(int n) {
        return new NMastery(n);
    }

    /** {@code best} (FORMAT 6.3): the highest level awarded by any valid attempt. */
    record Best() implements Attainment {
        @Override
        public Method method() {
            return Method.BEST;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** {@code latest} (FORMAT 6.3): per assessment its most recent valid attempt; the highest over assessments. */
    record Latest() implements Attainment {
        @Override
        public Method method() {
            return Method.LATEST;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** {@code average} (FORMAT 13.1): per assessment the mean fraction of its valid attempts awards a level. */
    record Average() implements Attainment {
        @Override
        public Method method() {
            return Method.AVERAGE;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * {@code decaying-average} (FORMAT 13.1): per assessment {@code d1 = f1},
     * {@code dk = (1 - weight) * d(k-1) + weight * fk}; the last {@code d} awards a level.
     *
     * @param weight the weight of each newer attempt, exact as written (the validator requires 0 &lt; weight &lt; 1)
     */
    record DecayingAverage(BigDecimal weight) implements Attainment {
        /** Checks the component. */
        public DecayingAverage {
            Objects.requireNonNull(weight, "weight");
        }

        @Override
        public Method method() {
            return Method.DECAYING_AVERAGE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DecayingAverage d && d.weight.compareTo(weight) == 0;
        }

        @Override
        public int hashCode() {
            return weight.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return id() + "(weight " + weight.toPlainString() + ")";
        }
    }

    /**
     * {@code n-mastery} (FORMAT 13.1): the highest level that at least {@code n} valid attempts each award.
     *
     * @param n how many attempts (the validator requires {@code n >= 1})
     */
    record NMastery(int n) implements Attainment {
        @Override
        public Method method() {
            return Method.N_MASTERY;
        }

        @Override
        public String toString() {
            return id() + "(n " + n + ")";
        }
    }
}

package dev.tandem.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * A guarantee an escalation policy states about itself (FORMAT section 14.1): every observation for which
 * {@code when} holds must be decided a tier within the bounds, {@code atLeast <= tier <= atMost}.
 *
 * <p>The bounds are optional one by one (null when not given); the validator reports a requirement with
 * neither ({@code missing-field}), bounds that name no tier ({@code unknown-reference}) and a lower bound
 * above the upper one ({@code invalid-value}). Whether the policy keeps the requirement is checked exactly by
 * {@link RequirementCheck}. Immutable and thread-safe.
 *
 * @param id      the requirement's id, unique within the policy
 * @param when    the observations the requirement is about
 * @param atLeast the lowest tier allowed, or null for no lower bound
 * @param atMost  the highest tier allowed, or null for no upper bound
 */
public record Requirement(RequirementId id, Condition when, TierId atLeast, TierId atMost) {

    /** Checks the id and the condition; the bounds may be null. */
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
    }

    /**
     * {@return a requirement with a lower bound only}
     *
     * @param id      the id
     * @param when    the condition
     * @param atLeast the lowest tier allowed
     */
    public static Requirement atLeast(String id, Condition when, String atLeast) {
        return new Requirement(RequirementId.of(id), when, TierId.of(atLeast), null);
    }

    /**
     * {@return a requirement with an upper bound only}
     *
     * @param id     the id
     * @param when   the condition
     * @param atMost the highest tier allowed
     */
    public static Requirement atMost(String id, Condition when, String atMost) {
        return new Requirement(RequirementId.of(id), when, null, TierId.of(atMost));
    }

    /**
     * {@return a requirement with both bounds}
     *
     * @param id      the id
     * @param when    the condition
     * @param atLeast the lowest tier allowed
     * @param atMost  the highest tier allowed
     */
    public static Requirement between(String id, Condition when, String atLeast, String atMost) {
        return new Requirement(RequirementId.of(id), when, TierId.of(atLeast), TierId.of(atMost));
    }

    /** {@return the lowest tier allowed, when the requirement gives one} */
    public Optional<TierId> lowest() {
        return Optional.ofNullable(atLeast);
    }

    /** {@return the highest tier allowed, when the requirement gives one} */
    public Optional<TierId> highest() {
        return Optional.ofNullable(atMost);
    }
}

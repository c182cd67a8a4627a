package dev.tandem.io.internal;

import dev.tandem.internal.Ids;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Small binding records carrying the field-level constraints of the format as Jakarta Validation
 * annotations. The binder fills one record per document item from the parsed values and lets
 * {@link FieldValidation} check it; each violation becomes an {@code invalid-value} diagnostic at the
 * field's JSON Pointer. Cross-field and cross-item rules stay in the core validator.
 */
public final class Fields {

    /** The message for an id that does not match {@link Ids#REGEX}. */
    public static final String ID_MESSAGE = "is not a valid id: use 1 to 64 lower-case letters, digits, '.', '_' "
            + "or '-', starting with a letter or digit";

    private Fields() {
    }

    /**
     * An item with an id (and, for most kinds, a title).
     *
     * @param id    the id, or null when absent
     * @param title the title, or null when absent or not applicable
     */
    public record Item(@Pattern(regexp = Ids.REGEX, message = ID_MESSAGE) String id,
            @NotBlank(message = "must not be blank") String title) {
    }

    /**
     * An id used on its own (scale, signal, rule, vignette).
     *
     * @param id the id
     */
    public record Id(@Pattern(regexp = Ids.REGEX, message = ID_MESSAGE) String id) {
    }

    /**
     * The numbers of a module.
     *
     * @param hours the module's hours, or null
     */
    public record ModuleNumbers(@Positive(message = "must be greater than 0") Double hours) {
    }

    /**
     * The numbers of an assessment.
     *
     * @param maxScore    the max-score, or null
     * @param passScore   the pass-score, or null
     * @param maxAttempts the max-attempts, or null
     */
    public record AssessmentNumbers(@Positive(message = "must be greater than 0") Double maxScore,
            @PositiveOrZero(message = "must be 0 or more") Double passScore,
            @Min(value = 1, message = "must be at least 1") Integer maxAttempts) {
    }

    /**
     * A band's lower bound.
     *
     * @param min the fraction of the max-score
     */
    public record BandNumbers(@DecimalMin(value = "0", message = "must be between 0 and 1")
            @DecimalMax(value = "1", message = "must be between 0 and 1") Double min) {
    }

    /**
     * The practice requirement's hours.
     *
     * @param hours the hours
     */
    public record PracticeNumbers(@Positive(message = "must be greater than 0") Double hours) {
    }

    /**
     * A count condition's minimum.
     *
     * @param min how many conditions must hold
     */
    public record CountNumbers(@Min(value = 0, message = "must be 0 or more") Integer min) {
    }
}

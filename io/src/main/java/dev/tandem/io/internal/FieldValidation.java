package dev.tandem.io.internal;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Ids;
import dev.tandem.internal.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Validation (Hibernate Validator, with {@link ParameterMessageInterpolator}: no Expression
 * Language) on the binding records of {@link Fields} and turns violations into diagnostics.
 *
 * <p>The validator is built once, lazily, and shared: Hibernate Validator's validators are thread-safe.
 */
public final class FieldValidation {

    private FieldValidation() {
    }

    private static final class Holder {
        /** Kept so that the level set below stays in force: the start-up banner is no news to a user. */
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");
        static final Validator VALIDATOR;

        static {
            LOG.setLevel(java.util.logging.Level.WARNING);
            @SuppressWarnings("resource") // lives as long as the class loader
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }

    /**
     * Validates a binding record.
     *
     * @param bean the record
     * @param at   the JSON Pointer of the item the record stands for
     * @return one {@code invalid-value} diagnostic per violation, at {@code at/<field-in-kebab-case>}, in field
     *         order
     */
    public static List<Diagnostic> validate(Object bean, JsonPointer at) {
        // the usual case: values that plainly hold need no validator (it costs more than the rest of binding)
        return plainlyValid(bean) ? List.of() : validateAll(bean, at);
    }

    /**
     * {@return true when a binding record plainly satisfies its constraints}: a sufficient condition, which
     * never holds when the validator would find a violation; every other record goes to the validator.
     *
     * @param bean the record
     */
    static boolean plainlyValid(Object bean) {
        if (bean instanceof Fields.Item r) {
            return (r.id() == null || Ids.isValid(r.id())) && hasText(r.title());
        }
        if (bean instanceof Fields.Id r) {
            return r.id() == null || Ids.isValid(r.id());
        }
        if (bean instanceof Fields.ModuleNumbers r) {
            return r.hours() == null || positive(r.hours());
        }
        if (bean instanceof Fields.AssessmentNumbers r) {
            return (r.maxScore() == null || positive(r.maxScore()))
                    && (r.passScore() == null || positive(r.passScore()) || isPositiveZero(r.passScore()))
                    && (r.maxAttempts() == null || r.maxAttempts() >= 1);
        }
        if (bean instanceof Fields.BandNumbers r) {
            return r.min() == null || positive(r.min()) && r.min() <= 1 || isPositiveZero(r.min());
        }
        if (bean instanceof Fields.PracticeNumbers r) {
            return r.hours() == null || positive(r.hours());
        }
        if (bean instanceof Fields.CountNumbers r) {
            return r.min() == null || r.min() >= 0;
        }
        return false;
    }

    /** {@return whether a text has a character that {@code String.trim()} keeps: what {@code @NotBlank} asks} */
    private static boolean hasText(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean positive(double d) {
        return d > 0 && d < Double.POSITIVE_INFINITY;
    }

    private static boolean isPositiveZero(double d) {
        return Double.doubleToRawLongBits(d) == 0L;
    }

    /**
     * Validates a binding record with the validator, whatever its values.
     *
     * @param bean the record
     * @param at   the JSON Pointer of the item the record stands for
     * @return as {@link #validate(Object, JsonPointer)}
     */
    static List<Diagnostic> validateAll(Object bean, JsonPointer at) {
        var found = Holder.VALIDATOR.validate(bean);
        if (found.isEmpty()) {
            return List.of(); // the usual case: no reflection over the record's components
        }
        List<Diagnostic> out = new ArrayList<>();
        List<ConstraintViolation<Object>> violations = new ArrayList<>(found);
        List<String> order = new ArrayList<>();
        for (var c : bean.getClass().getRecordComponents()) {
            order.add(c.getName());
        }
        violations.sort(Comparator.comparingInt((ConstraintViolation<Object> v) ->
                order.indexOf(v.getPropertyPath().toString())).thenComparing(ConstraintViolation::getMessage));
        for (ConstraintViolation<Object> v : violations) {
            String key = kebab(v.getPropertyPath().toString());
            Object value = v.getInvalidValue();
            out.add(Diagnostic.error(DiagnosticCode.INVALID_VALUE, at.append(key), "'" + key + "' "
                    + (value instanceof Number ? "(" + (value instanceof Double d ? Texts.number(d) : String.valueOf(value)) + ") " : "") + v.getMessage()));
        }
        return out;
    }

    /**
     * {@return the kebab-case form of a camel-case property name}
     *
     * @param name the name
     */
    static String kebab(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('-').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}

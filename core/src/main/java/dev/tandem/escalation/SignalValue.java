package dev.tandem.escalation;

import dev.tandem.internal.Texts;
import java.util.Objects;

/**
 * A value given for a signal in an observation, as it came in: a boolean, a number, or text (which is
 * always an error, kept so that the error can name it).
 */
public sealed interface SignalValue permits SignalValue.Bool, SignalValue.Number, SignalValue.Text {

    /** @param value the boolean given */
    record Bool(boolean value) implements SignalValue {
    }

    /** @param value the number given (NaN is kept so that it can be reported) */
    record Number(double value) implements SignalValue {
    }

    /** @param value the text given */
    record Text(String value) implements SignalValue {
        /**
         * Checks the text.
         *
         * @param value the text given
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@return a boolean value}
     *
     * @param value the value
     */
    static SignalValue of(boolean value) {
        return new Bool(value);
    }

    /**
     * {@return a numeric value}
     *
     * @param value the value
     */
    static SignalValue of(double value) {
        return new Number(value);
    }

    /**
     * {@return a textual value}
     *
     * @param value the value
     */
    static SignalValue of(String value) {
        return new Text(value);
    }

    /** {@return the value as it would be written in JSON, for messages (a text cut and escaped)} */
    default String display() {
        if (this instanceof Bool b) {
            return Boolean.toString(b.value());
        }
        if (this instanceof Number n) {
            return Texts.number(n.value());
        }
        return '"' + dev.tandem.internal.Excerpt.of(((Text) this).value()) + '"';
    }
}

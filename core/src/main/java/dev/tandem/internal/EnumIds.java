package dev.tandem.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one lookup of enumerated values by the names documents and command lines use for them (their
 * {@code id()}, such as {@code sign-off} for {@code AssessmentKind.SIGN_OFF}). Each such enum keeps its
 * {@code id()} accessor and delegates its {@code fromId} and {@code allowed} here. Stateless and thread-safe.
 */
public final class EnumIds {

    private EnumIds() {
    }

    /**
     * Finds the constant with a name.
     *
     * @param <E>    the enum
     * @param values the enum's constants, in declaration order
     * @param id     how a constant is named ({@code E::id})
     * @param name   the name looked for; null finds nothing
     * @return the constant so named, or empty
     */
    public static <E extends Enum<E>> Optional<E> fromId(E[] values, Function<E, String> id, String name) {
        Objects.requireNonNull(id, "id");
        return Stream.of(values).filter(v -> id.apply(v).equals(name)).findFirst();
    }

    /**
     * Lists the names of the constants, for messages.
     *
     * @param <E>    the enum
     * @param values the enum's constants, in declaration order
     * @param id     how a constant is named ({@code E::id})
     * @return the names separated by {@code ", "}, in declaration order
     */
    public static <E extends Enum<E>> String allowed(E[] values, Function<E, String> id) {
        return Stream.of(values).map(id).collect(Collectors.joining(", "));
    }
}

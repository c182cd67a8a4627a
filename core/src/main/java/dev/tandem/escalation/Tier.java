package dev.tandem.escalation;

import java.util.Objects;

/**
 * An escalation tier: what a peer supporter does next (for example "Consult your supervisor today").
 * A policy orders its tiers from low to high severity.
 *
 * @param id    the tier's id
 * @param title what to do, in one line
 */
public record Tier(TierId id, String title) {

    /**
     * Checks the components.
     *
     * @param id    the tier's id
     * @param title what to do, in one line
     */
    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /**
     * {@return a tier}
     *
     * @param id the id
     * @param title the title
     */
    public static Tier of(String id, String title) {
        return new Tier(TierId.of(id), title);
    }
}

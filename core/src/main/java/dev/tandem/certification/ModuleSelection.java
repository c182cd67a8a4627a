package dev.tandem.certification;

import dev.tandem.training.ModuleId;
import java.util.List;

/**
 * Which modules a certification requires: all of the curriculum's, or a listed few.
 *
 * @param all    true for every module of the curriculum
 * @param listed the listed modules (empty when {@code all})
 */
public record ModuleSelection(boolean all, List<ModuleId> listed) {

    private static final ModuleSelection ALL = new ModuleSelection(true, List.of());

    /**
     * Copies the list; {@code all} with a non-empty list is rejected.
     *
     * @param all    true for every module of the curriculum
     * @param listed the listed modules (empty when {@code all})
     */
    public ModuleSelection {
        listed = List.copyOf(listed);
        if (all && !listed.isEmpty()) {
            throw new IllegalArgumentException("A selection of all modules lists none");
        }
    }

    /** {@return the selection of every module} */
    public static ModuleSelection allModules() {
        return ALL;
    }

    /**
     * {@return a selection of the listed modules}
     *
     * @param modules the module ids
     */
    public static ModuleSelection of(List<ModuleId> modules) {
        return new ModuleSelection(false, modules);
    }
}

package dev.tandem.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.training.ModuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleSelectionTest {

    @Test
    void theSelectionOfAllModulesListsNone() {
        assertThat(ModuleSelection.allModules().all()).isTrue();
        assertThat(ModuleSelection.allModules().listed()).isEmpty();
    }

    @Test
    void aSelectionOfAllModulesCannotAlsoListSome() {
        assertThatThrownBy(() -> new ModuleSelection(true, List.of(ModuleId.of("m1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListedSelectionKeepsItsOrder() {
        assertThat(ModuleSelection.of(List.of(ModuleId.of("m2"), ModuleId.of("m1"))).listed())
                .containsExactly(ModuleId.of("m2"), ModuleId.of("m1"));
    }
}

package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins the cli module's exports (none), read from its compiled module descriptor. */
class ModuleExportsTest {

    @Test
    void theCliModuleExportsNothing() throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("dev.tandem.cli");
            assertThat(d.exports()).isEmpty();
        }
    }
}

package dev.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins the packages the io module exports, read from its compiled module descriptor. */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theIoModuleExportsExactlyItsApiPackages() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("dev.tandem.io");
        assertThat(d.exports()).filteredOn(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.tandem.io", "dev.tandem.io.evidence", "dev.tandem.io.observation",
                        "dev.tandem.io.privacy", "dev.tandem.io.progress", "dev.tandem.io.report",
                        "dev.tandem.io.schema", "dev.tandem.io.casepackage", "dev.tandem.io.badge", "dev.tandem.io.xapi",
                        "dev.tandem.io.diff");
    }

    @Test
    void theGeneratorIsAToolOfTheCommandLineNotLibraryApi() throws IOException {
        assertThat(descriptor().exports()).filteredOn(e -> e.source().equals("dev.tandem.io.generate"))
                .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("dev.tandem.cli"));
    }

    @Test
    void theInternalPackageIsExportedOnlyToTheCommandLine() throws IOException {
        assertThat(descriptor().exports()).filteredOn(e -> e.source().equals("dev.tandem.io.internal"))
                .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("dev.tandem.cli"));
    }

    @Test
    void theBindingPackageIsOpenOnlyToTheValidator() throws IOException {
        assertThat(descriptor().opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("dev.tandem.io.internal");
            assertThat(o.targets()).containsExactly("org.hibernate.validator");
        });
    }
}

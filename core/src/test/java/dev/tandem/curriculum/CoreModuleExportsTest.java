package dev.tandem.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the public surface of the core module: the packages its compiled {@code module-info.class} exports.
 * Exporting a package is a promise to every user of the library; adding one means updating {@link #EXPORTED}.
 */
class CoreModuleExportsTest {

    /** The exported packages, sorted. Add a package here when module-info.java starts exporting it. */
    private static final List<String> EXPORTED = List.of(
            "dev.tandem.analytics",
            "dev.tandem.assessment",
            "dev.tandem.certification",
            "dev.tandem.competency",
            "dev.tandem.curriculum",
            "dev.tandem.diagnostic",
            "dev.tandem.diff",
            "dev.tandem.escalation",
            "dev.tandem.evidence",
            "dev.tandem.progress",
            "dev.tandem.training");

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        // the directory (or jar) the main classes were compiled to, found from one of its classes
        Path classes = Path.of(Curriculum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theCoreModuleIsNamedDevTandemCore() throws Exception {
        assertThat(descriptor().name()).isEqualTo("dev.tandem.core");
    }

    @Test
    void theCoreModuleExportsExactlyTheApiPackages() throws Exception {
        assertThat(descriptor().exports()).filteredOn(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .as("packages exported by core/src/main/java/module-info.java (update EXPORTED with it)")
                .containsExactlyInAnyOrderElementsOf(EXPORTED);
    }

    @Test
    void onlyTheInternalPackageIsQualifiedAndOnlyToTandemsOwnModules() throws Exception {
        assertThat(descriptor().exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("dev.tandem.internal");
                    assertThat(e.targets()).containsExactlyInAnyOrder("dev.tandem.io", "dev.tandem.cli");
                });
    }

    @Test
    void noImplementationPackageIsExportedToEveryone() throws Exception {
        assertThat(descriptor().exports()).filteredOn(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .noneMatch(p -> p.endsWith(".internal") || p.contains(".internal."));
    }

    @Test
    void theCoreModuleNeedsNoOtherModuleThanTheJavaBase() throws Exception {
        assertThat(descriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactly("java.base");
    }
}

package dev.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins Tandem's layering: packages without cycles in every module, a core without I/O, io that never knows
 * the command line, and one composition root that reads the clock and the environment.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tandem");
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        // the core's packages, with io and cli as one slice each
        slices().matching("dev.tandem.(*)..").should().beFreeOfCycles()
                .because("each concept of the core has one home and leaf packages never point back at the root")
                .check(classes);
    }

    @Test
    void theIoPackagesFormNoCycle() {
        slices().matching("dev.tandem.io.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreDoesNoInputOrOutput() {
        noClasses().that().resideOutsideOfPackages("dev.tandem.io..", "dev.tandem.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.sql..", "com.fasterxml..", "jakarta..", "org.hibernate..")
                .because("core is pure: documents and evidence are read and written by io")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void ioNeverKnowsTheCommandLine() {
        noClasses().that().resideInAPackage("dev.tandem.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tandem.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinesHostReadsTheClockOrTheEnvironment() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.tandem.cli.Host")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("evaluation is a pure function of curriculum, evidence and instant; the CLI's Host is the"
                        + " one place that takes the instant and the environment from the machine")
                .check(classes);
    }
}

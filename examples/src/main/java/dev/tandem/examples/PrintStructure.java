package dev.tandem.examples;

import dev.tandem.assessment.Assessment;
import dev.tandem.competency.Competency;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.ReadResult;
import dev.tandem.training.TrainingModule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * An example program: loads a curriculum and prints its structure (competency tree, modules with their
 * prerequisites and assessments, certification and escalation tiers).
 *
 * <pre>{@code ./mvnw -q -pl examples -am package -DskipTests
 * java -cp "examples/target/classes:cli/target/lib/*" dev.tandem.examples.PrintStructure \
 *     examples/community/curriculum.yaml}</pre>
 */
public final class PrintStructure {

    private PrintStructure() {
    }

    /**
     * Loads the curriculum named by the first argument and prints its structure.
     *
     * @param args one path to a curriculum file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PrintStructure CURRICULUM.yaml");
            System.exit(2);
        }
        ReadResult result = CurriculumReader.create().read(Path.of(args[0]));
        for (Diagnostic d : result.diagnostics()) {
            System.err.println(args[0] + ":" + d);
        }
        if (result.hasErrors()) {
            System.exit(1);
        }
        print(result.orElseThrow(), System.out);
    }

    /**
     * Prints a curriculum's structure.
     *
     * @param curriculum the curriculum
     * @param out        where to print
     */
    public static void print(Curriculum curriculum, PrintStream out) {
        out.printf("%s %s (%s, %s)%n", curriculum.title(), curriculum.version(), curriculum.id(),
                curriculum.setting().id());
        out.println("Competencies:");
        curriculum.competencies().stream().filter(c -> c.parent() == null)
                .forEach(c -> printCompetency(curriculum, c, "  ", out));
        out.println("Modules:");
        for (TrainingModule m : curriculum.modules()) {
            out.printf("  %s: %s%s%n", m.id(), m.title(), m.requires().isEmpty() ? ""
                    : " (after " + m.requires().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")");
            for (Assessment a : curriculum.assessmentsOf(m.id())) {
                out.printf("    %s %s: %s%n", a.kind().id(), a.id(), a.title());
            }
        }
        curriculum.certification().ifPresent(cert -> out.printf("Certification: %s (%d competency requirements%s)%n",
                cert.title(), cert.competencies().size(),
                cert.practice() == null ? "" : ", " + cert.practice().hours() + " practice hours"));
        curriculum.escalation().ifPresent(p -> out.println("Escalation tiers: " + p.tiers().stream()
                .map(t -> t.id().value()).collect(Collectors.joining(" < "))));
    }

    private static void printCompetency(Curriculum curriculum, Competency c, String indent, PrintStream out) {
        out.printf("%s%s [%s]: %s%n", indent, c.id(), curriculum.scaleOf(c.id()).id(), c.title());
        for (Competency child : curriculum.children(c.id())) {
            printCompetency(curriculum, child, indent + "  ", out);
        }
    }
}

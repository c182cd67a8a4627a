package dev.tandem.curriculum;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Policy;
import dev.tandem.escalation.PolicyValidator;
import dev.tandem.internal.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The semantic validator: every rule of FORMAT sections 1-7 that is not a matter of syntax, reported as
 * diagnostics in document order. Works on a possibly invalid, unchecked curriculum.
 *
 * <p>It runs the checks of each part of the document ({@link HeaderChecks}, {@link CompetencyChecks},
 * {@link ModuleChecks}, {@link AssessmentChecks}, {@link CertificationChecks}, the escalation policy's
 * {@link PolicyValidator}) into one {@link Findings}, then puts the diagnostics in document order.
 */
final class CurriculumValidator {

    /** The top-level fields in the order FORMAT section 2 lists them. */
    private static final List<String> SECTIONS = List.of("tandem", "id", "version", "title", "description", "setting",
            "language", "attainment", "scales", "domains", "competencies", "modules", "assessments", "certification",
            "escalation");

    private final Curriculum c;

    CurriculumValidator(Curriculum curriculum) {
        this.c = curriculum;
    }

    List<Diagnostic> validate() {
        Findings findings = new Findings();
        References references = new References(c, findings);
        new HeaderChecks(c, findings, references).run();
        CompetencyChecks competencies = new CompetencyChecks(c, findings, references);
        competencies.run();
        new ModuleChecks(c, findings, references).run();
        new AssessmentChecks(c, findings, references).run();
        new CertificationChecks(c, findings, references).run();
        Policy policy = c.rawEscalation();
        if (policy != null) {
            findings.addAll(PolicyValidator.validate(policy, JsonPointer.root().append("escalation")));
        }
        competencies.lint();
        CaseIdentityCheck.check(c, findings);
        LifecycleChecks.check(c, findings);
        // checks that look across items (cycles, roll-ups, lints) run after the items themselves; a stable sort
        // by document part and item index puts every diagnostic back at its item, in document order
        List<Diagnostic> sorted = new ArrayList<>(findings.all());
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> sectionRank(d.path()))
                .thenComparingInt(d -> itemIndex(d.path())));
        return List.copyOf(sorted);
    }

    private static int sectionRank(JsonPointer path) {
        return path.isRoot() ? -1 : SECTIONS.indexOf(path.tokens().get(0));
    }

    /** The index of the item of a top-level list the path lies in, or -1 (the list itself, or not a list). */
    private static int itemIndex(JsonPointer path) {
        if (path.tokens().size() < 2) {
            return -1;
        }
        String token = path.tokens().get(1);
        return token.chars().allMatch(Character::isDigit) && !token.isEmpty() && token.length() < 10
                ? Integer.parseInt(token) : -1;
    }
}

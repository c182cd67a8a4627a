package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.CaseItem;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.RelationType;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.conformance.OfficialSchemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseRoundTripProperties {

    @Property(tries = 100)
    void exportThenImportGivesBackTheCompetenciesHierarchyAndRelations(@ForAll("curricula") Curriculum original) {
        Curriculum back = CasePackage.read(CasePackage.export(original, CaseExportOptions.defaults())).orElseThrow();
        assertThat(back.domains()).isEqualTo(original.domains().stream()
                .map(d -> d.withCaseItem(derived(original, d))).toList());
        assertThat(back.competencies()).isEqualTo(original.competencies().stream()
                .map(c -> c.withCaseItem(derived(original, c))).toList());
        assertThat(back.title()).isEqualTo(original.title());
    }

    @Property(tries = 100)
    void exportsOfGeneratedCurriculaPassTheOfficialCase11Schema(@ForAll("curricula") Curriculum c) {
        assertThat(OfficialSchemas.problems(OfficialSchemas.CASE_1_1, CasePackage.export(c,
                CaseExportOptions.defaults()))).isEmpty();
    }

    @Property(tries = 50)
    void theImportedSkeletonExportsTheSameNodesAsTheOriginal(@ForAll("curricula") Curriculum original) {
        String first = CasePackage.export(original, CaseExportOptions.defaults());
        Curriculum back = CasePackage.read(first).orElseThrow();
        String second = CasePackage.export(back, CaseExportOptions.defaults());
        assertThat(second).isEqualTo(CasePackage.export(CasePackage.read(second).orElseThrow(),
                CaseExportOptions.defaults()));
        assertThat(nodes(second)).isEqualTo(nodes(first));
    }

    /** {@return the document and items of a package, without the associations (named after the curriculum id)} */
    private static String nodes(String pkg) {
        return pkg.substring(0, pkg.indexOf("\"CFAssociations\""));
    }

    /** {@return the case block an import gives the item the export made of a competency} */
    private static CaseItem derived(Curriculum c, Competency k) {
        UUID id = CasePackage.competencyIdentifier(c.id(), k.id());
        return new CaseItem(id, "urn:uuid:" + id, k.id().value(), "Competency");
    }

    /** {@return the case block an import gives the item the export made of a domain} */
    private static CaseItem derived(Curriculum c, Domain d) {
        UUID id = CasePackage.domainIdentifier(c.id(), d.id());
        return new CaseItem(id, "urn:uuid:" + id, d.id().value(), "Domain");
    }

    @Property(tries = 50)
    void exportsAreIdentical(@ForAll("curricula") Curriculum c) {
        assertThat(CasePackage.export(c, CaseExportOptions.defaults()))
                .isEqualTo(CasePackage.export(c.toBuilder().build(), CaseExportOptions.defaults()));
    }

    @Provide
    Arbitrary<Curriculum> curricula() {
        return Arbitraries.longs().map(seed -> generate(new Random(seed)));
    }

    /**
     * A curriculum with random domains, competencies, parents (always earlier competencies, so no cycles),
     * domains on top-level competencies only (CASE carries a child's place under its parent, not its domain),
     * descriptions and relations of every type.
     */
    private static Curriculum generate(Random random) {
        Curriculum.Builder b = Curricula.minimal().title("Framework " + random.nextInt(1000));
        int domains = random.nextInt(4);
        for (int d = 0; d < domains; d++) {
            b.domain(Domain.of("d" + d, "Domain " + d + " " + text(random)));
        }
        int count = 1 + random.nextInt(12);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add((random.nextBoolean() ? "c." : "skill-") + i);
        }
        for (int i = 0; i < count; i++) {
            Competency.Builder c = Competency.builder(ids.get(i), text(random) + " " + i);
            if (i > 0 && random.nextInt(3) == 0) {
                c.parent(ids.get(random.nextInt(i)));
            } else if (domains > 0 && random.nextBoolean()) {
                c.domain("d" + random.nextInt(domains));
            }
            if (random.nextInt(4) == 0) {
                c.description(text(random));
            }
            Set<String> seen = new HashSet<>();
            for (int r = random.nextInt(4); r > 0 && count > 1; r--) {
                int target = random.nextInt(count);
                RelationType type = RelationType.values()[random.nextInt(3)];
                if (target != i && seen.add(type + ids.get(target))) {
                    c.relation(type, ids.get(target));
                }
            }
            b.competency(c.build());
        }
        return b.build();
    }

    private static String text(Random random) {
        String[] words = {"Listens", "without judgement", "to peers", "in crisis", "\u00e9thique", "\"quoted\"",
            "\u2013 safely", "and refers", "\uD835\uDC51"};
        return words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
    }
}

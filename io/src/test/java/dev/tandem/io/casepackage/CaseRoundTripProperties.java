package dev.tandem.io.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Competency;
import dev.tandem.competency.Domain;
import dev.tandem.competency.RelationType;
import dev.tandem.curriculum.Curriculum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseRoundTripProperties {

    @Property(tries = 100)
    void exportThenImportGivesBackTheCompetenciesHierarchyAndRelations(@ForAll("curricula") Curriculum original) {
        Curriculum back = CasePackage.read(CasePackage.export(original, CaseExportOptions.defaults())).orElseThrow();
        assertThat(back.domains()).isEqualTo(original.domains());
        assertThat(back.competencies()).isEqualTo(original.competencies());
        assertThat(back.title()).isEqualTo(original.title());
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

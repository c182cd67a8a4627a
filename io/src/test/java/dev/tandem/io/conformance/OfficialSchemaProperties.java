package dev.tandem.io.conformance;

import static dev.tandem.io.conformance.OfficialSchemas.ACHIEVEMENT;
import static dev.tandem.io.conformance.OfficialSchemas.ACHIEVEMENT_CREDENTIAL;
import static dev.tandem.io.conformance.OfficialSchemas.CASE_1_1;
import static dev.tandem.io.conformance.OfficialSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.CurriculumGenerator;
import dev.tandem.io.badge.BadgeAchievement;
import dev.tandem.io.badge.BadgeCredential;
import dev.tandem.io.badge.CredentialOptions;
import dev.tandem.io.casepackage.CaseExportOptions;
import dev.tandem.io.casepackage.CasePackage;
import java.net.URI;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated curricula (every section of the format, awkward texts, case blocks or none) export CASE packages,
 * achievements and credentials that pass 1EdTech's published schemas.
 */
class OfficialSchemaProperties {

    @Provide
    Arbitrary<Curriculum> curricula() {
        return Arbitraries.longs().map(CurriculumGenerator::generate);
    }

    @Property(tries = 100)
    void caseExportsPassTheCase11Schema(@ForAll("curricula") Curriculum c, @ForAll boolean withBase) {
        CaseExportOptions options = withBase ? CaseExportOptions.defaults()
                .withBaseUri(URI.create("https://case.example.org/ims/case/v1p1/")) : CaseExportOptions.defaults();
        assertThat(problems(CASE_1_1, CasePackage.export(c, options))).isEmpty();
    }

    @Property(tries = 100)
    void achievementsAndCredentialsPassTheOpenBadgesSchemas(@ForAll("curricula") Curriculum c,
            @ForAll boolean expires) {
        Assume.that(c.certification().isPresent());
        assertThat(problems(ACHIEVEMENT, BadgeAchievement.export(c, CaseExportOptions.defaults()))).isEmpty();
        String credential = BadgeCredential.issue(c, OfficialSchemaConformanceTest.certified("L-9",
                expires ? Instant.parse("2029-01-01T00:00:00Z") : null), OfficialSchemaConformanceTest.SINCE,
                CredentialOptions.issuer(URI.create("https://training.example.org/issuer")));
        assertThat(problems(ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
    }
}

package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.Diagnostic;
import dev.tandem.diagnostic.DiagnosticCode;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists of known fields per kind of item, which the check for unknown fields counts against: each must name
 * its fields once, or a mapping with an unknown field could pass as all known.
 */
class KnownKeysTest {

    private static final List<Class<?>> BINDERS = List.of(Binder.class, CaseBinder.class, EscalationBinder.class,
            LifecycleBinder.class, RequirementBinder.class);

    @Test
    void everyListOfKnownFieldsNamesEachFieldOnce() throws IllegalAccessException {
        List<String> checked = new ArrayList<>();
        for (Class<?> binder : BINDERS) {
            for (Field f : binder.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_KEYS")
                        && List.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    List<?> keys = (List<?>) f.get(null);
                    assertThat(new HashSet<>(keys)).as(binder.getSimpleName() + "." + f.getName()).hasSize(keys.size());
                    checked.add(f.getName());
                }
            }
        }
        assertThat(checked).contains("ROOT_KEYS", "COMPETENCY_KEYS", "ASSESSMENT_KEYS", "TIER_KEYS",
                "REQUIREMENT_KEYS", "EDUCATION_KEYS", "ITEM_KEYS");
    }

    @Test
    void anUnknownFieldBesideKnownOnesIsReportedWhateverTheirNumber() {
        // as many fields as a competency may have, one of them unknown: the count of known ones falls short
        String yaml = """
                tandem: 1
                id: c
                version: 1.0.0
                title: C
                scales:
                  - id: s
                    levels: [a, b]
                competencies:
                  - id: x
                    title: X
                    scale: s
                    colour: blue
                  - id: y
                    title: Y
                    scale: s
                    description: d
                modules:
                  - id: m
                    title: M
                    hours: 1
                    targets: [{competency: x, level: a}]
                """;
        List<Diagnostic> unknown = CurriculumReader.create().read(yaml, DocumentFormat.YAML).diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.UNKNOWN_FIELD).toList();
        assertThat(unknown).extracting(d -> d.path().toString()).containsExactly("/competencies/0/colour");
    }
}

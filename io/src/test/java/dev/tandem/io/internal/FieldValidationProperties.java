package dev.tandem.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.diagnostic.JsonPointer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The binder skips the validator for binding records whose values plainly hold: the diagnostics must be exactly
 * those of the validator run on every record, whatever the values.
 */
class FieldValidationProperties {

    private static final JsonPointer AT = JsonPointer.of("modules", 3);

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("az09._-A \t\n\u000b\u001f\u00a0\u2003").ofMaxLength(70),
                Arbitraries.strings().ofMaxLength(10),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, -0.0, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), Double.MIN_VALUE,
                        -Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, 0.5, -3.0),
                Arbitraries.doubles().between(-2, 2),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-3, 3),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE), Arbitraries.just(null));
    }

    private static void sameAsTheValidator(Object bean) {
        assertThat(FieldValidation.validate(bean, AT)).isEqualTo(FieldValidation.validateAll(bean, AT));
    }

    @Property(tries = 500)
    void idsAndTitles(@ForAll("texts") String id, @ForAll("texts") String title) {
        sameAsTheValidator(new Fields.Item(id, title));
        sameAsTheValidator(new Fields.Id(id));
    }

    @Property(tries = 500)
    void numbersOfModulesBandsAndPractice(@ForAll("numbers") Double number) {
        sameAsTheValidator(new Fields.ModuleNumbers(number));
        sameAsTheValidator(new Fields.BandNumbers(number));
        sameAsTheValidator(new Fields.PracticeNumbers(number));
    }

    @Property(tries = 500)
    void numbersOfAssessments(@ForAll("numbers") Double maxScore, @ForAll("numbers") Double passScore,
            @ForAll("counts") Integer maxAttempts) {
        sameAsTheValidator(new Fields.AssessmentNumbers(maxScore, passScore, maxAttempts));
    }

    @Property(tries = 200)
    void countMinimums(@ForAll("counts") Integer min) {
        sameAsTheValidator(new Fields.CountNumbers(min));
    }
}

package dev.tandem.io.xapi;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.certification.TopicId;
import dev.tandem.training.ModuleId;
import java.util.Objects;

/**
 * What an xAPI activity stands for in the curriculum: an assessment, a module, supervised practice, or
 * continuing education (FORMAT 13.3).
 *
 * <p>Each kind of target has its list of verbs in the map ({@link #verbKind()}): a statement about the
 * activity is evidence only when its verb is in that list.
 */
public sealed interface ActivityTarget permits ActivityTarget.OfAssessment, ActivityTarget.OfModule,
        ActivityTarget.OfPractice, ActivityTarget.OfEducation {

    /** {@return the name of the map's verb list for this kind of target ({@code attempt}, {@code completion}, ...)} */
    String verbKind();

    /**
     * An activity whose statements are attempts at an assessment.
     *
     * @param assessment the assessment
     */
    record OfAssessment(AssessmentId assessment) implements ActivityTarget {
        /**
         * Checks the component.
         *
         * @param assessment the assessment
         */
        public OfAssessment {
            Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public String verbKind() {
            return XapiMap.ATTEMPT;
        }
    }

    /**
     * An activity whose statements are completions of a module.
     *
     * @param module the module
     */
    record OfModule(ModuleId module) implements ActivityTarget {
        /**
         * Checks the component.
         *
         * @param module the module
         */
        public OfModule {
            Objects.requireNonNull(module, "module");
        }

        @Override
        public String verbKind() {
            return XapiMap.COMPLETION;
        }
    }

    /** An activity whose statements are hours of supervised practice. */
    record OfPractice() implements ActivityTarget {
        @Override
        public String verbKind() {
            return XapiMap.PRACTICE;
        }
    }

    /**
     * An activity whose statements are hours of continuing education.
     *
     * @param topic the topic of those hours, or null
     */
    record OfEducation(TopicId topic) implements ActivityTarget {
        @Override
        public String verbKind() {
            return XapiMap.EDUCATION;
        }
    }
}

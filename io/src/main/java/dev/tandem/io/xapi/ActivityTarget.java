package dev.tandem.io.xapi;

import dev.tandem.certification.TopicId;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.training.ModuleId;
import java.util.Objects;

/**
 * What an xAPI activity stands for in the curriculum: an assessment, a module, supervised practice, or
 * continuing education (FORMAT 13.3).
 */
public sealed interface ActivityTarget permits ActivityTarget.OfAssessment, ActivityTarget.OfModule,
        ActivityTarget.OfPractice, ActivityTarget.OfEducation {

    /**
     * An activity whose statements are attempts at an assessment.
     *
     * @param assessment the assessment
     */
    record OfAssessment(AssessmentId assessment) implements ActivityTarget {
        /** Checks the component. */
        public OfAssessment {
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * An activity whose statements are completions of a module.
     *
     * @param module the module
     */
    record OfModule(ModuleId module) implements ActivityTarget {
        /** Checks the component. */
        public OfModule {
            Objects.requireNonNull(module, "module");
        }
    }

    /** An activity whose statements are hours of supervised practice. */
    record OfPractice() implements ActivityTarget {
    }

    /**
     * An activity whose statements are hours of continuing education.
     *
     * @param topic the topic of those hours, or null
     */
    record OfEducation(TopicId topic) implements ActivityTarget {
    }
}

/**
 * Tandem's core: the pure domain model of peer-support training curricula (competencies, modules,
 * assessments, certification, escalation), its validation and its evaluators. No I/O, no clock.
 */
module dev.tandem.core {
    exports dev.tandem.assessment;
    exports dev.tandem.certification;
    exports dev.tandem.competency;
    exports dev.tandem.curriculum;
    exports dev.tandem.diagnostic;
    exports dev.tandem.diff;
    exports dev.tandem.escalation;
    exports dev.tandem.evidence;
    exports dev.tandem.progress;
    exports dev.tandem.analytics;
    exports dev.tandem.training;

    // id syntax and did-you-mean suggestions, shared with the readers but not part of the public API
    exports dev.tandem.internal to dev.tandem.io, dev.tandem.cli;
}

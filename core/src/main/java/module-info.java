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
    exports dev.tandem.escalation;
    exports dev.tandem.evidence;
    exports dev.tandem.progress;
    exports dev.tandem.analytics;
}

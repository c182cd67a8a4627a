package dev.tandem.curriculum;

import static dev.tandem.diagnostic.DiagnosticCode.INVALID_VALUE;
import static dev.tandem.diagnostic.DiagnosticCode.SCALE_MISMATCH;
import static dev.tandem.diagnostic.DiagnosticCode.UNKNOWN_REFERENCE;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.Band;
import dev.tandem.assessment.Measure;
import dev.tandem.assessment.Vignette;
import dev.tandem.competency.Competency;
import dev.tandem.competency.Scale;
import dev.tandem.competency.ScaleId;
import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.escalation.Policy;
import dev.tandem.internal.Findings;
import dev.tandem.internal.Texts;

/**
 * Assessments (FORMAT section 5): scores, measures, bands and scenario vignettes. Package-private; one per validation.
 */
final class AssessmentChecks extends SectionChecks {

    AssessmentChecks(Curriculum curriculum, Findings findings, References references) {
        super(curriculum, findings, references);
    }

    /** Runs the checks. */
    void run() {
        assessments();
    }

    private void assessments() {
        f.duplicates(c.assessments(), Assessment::id, ROOT.append("assessments"), "assessment");
        JsonPointer list = ROOT.append("assessments");
        for (int i = 0; i < c.assessments().size(); i++) {
            assessment(c.assessments().get(i), list.append(i));
        }
    }

    private void assessment(Assessment a, JsonPointer at) {
        if (Findings.isBlank(a.title())) {
            f.notBlank(at.append("title"), a.title(), "the title of assessment '" + a.id() + "'");
        }
        if (a.module() != null && c.module(a.module()).isEmpty()) {
            f.error(UNKNOWN_REFERENCE, at.append("module"), "assessment '" + a.id() + "' belongs to module '" + a.module()
                    + "', which is not a module" + refs.moduleSuggestion(a.module()));
        }
        boolean scenario = a.kind() == AssessmentKind.SCENARIO;
        if (scenario) {
            if (a.maxScore() != null) {
                f.error(INVALID_VALUE, at.append("max-score"), "scenario assessment '" + a.id() + "' takes no max-score:"
                        + " its maximum is its number of vignettes");
            }
            if (a.vignettes().isEmpty()) {
                f.missing(at.append("vignettes"), "scenario assessment '" + a.id() + "' needs at least one vignette");
            }
            if (c.rawEscalation() == null) {
                f.missing(ROOT.append("escalation"), "scenario assessment '" + a.id()
                        + "' is graded against the escalation policy, but the curriculum has none");
            }
        } else {
            if (a.maxScore() == null) {
                f.missing(at.append("max-score"), "assessment '" + a.id() + "' needs a 'max-score'");
            } else if (!(a.maxScore() > 0) || a.maxScore().isInfinite()) {
                f.error(INVALID_VALUE, at.append("max-score"), "assessment '" + a.id() + "' has max-score "
                        + Texts.number(a.maxScore()) + "; it must be above 0");
            }
            if (!a.vignettes().isEmpty()) {
                f.error(INVALID_VALUE, at.append("vignettes"), "assessment '" + a.id() + "' is a " + a.kind().id()
                        + "; only scenario assessments have vignettes");
            }
        }
        double max = a.effectiveMaxScore();
        // a missing or invalid maximum (including a scenario without vignettes) is reported above; the pass-score
        // is not compared with it, so one mistake gives one diagnostic
        boolean knownMax = scenario ? !a.vignettes().isEmpty()
                : a.maxScore() != null && a.maxScore() > 0 && !a.maxScore().isInfinite();
        if (Double.isNaN(a.passScore()) || a.passScore() < 0 || knownMax && a.passScore() > max) {
            f.error(INVALID_VALUE, at.append("pass-score"), "assessment '" + a.id() + "' has pass-score "
                    + Texts.number(a.passScore()) + "; it must be from 0 to " + (scenario ? "its number of vignettes, " : "max-score, ")
                    + Texts.number(max));
        }
        if (a.maxAttempts() != null && a.maxAttempts() < 1) {
            f.error(INVALID_VALUE, at.append("max-attempts"), "assessment '" + a.id() + "' has max-attempts "
                    + a.maxAttempts() + "; it must be at least 1");
        }
        if (a.validFor() != null) {
            f.positivePeriod(at.append("valid-for"), a.validFor(), "the valid-for of assessment '" + a.id() + "'");
        }
        measures(a, at);
        vignettes(a, at);
    }

    private void measures(Assessment a, JsonPointer at) {
        ScaleId shared = null;
        for (int j = 0; j < a.measures().size(); j++) {
            Measure m = a.measures().get(j);
            JsonPointer mat = at.append("measures").append(j);
            Competency comp = c.competency(m.competency()).orElse(null);
            if (comp == null) {
                f.error(UNKNOWN_REFERENCE, mat.append("competency"), "assessment '" + a.id() + "' measures '"
                        + m.competency() + "', which is not a competency" + refs.competencySuggestion(m.competency()));
                continue;
            }
            if (a.hasBands()) {
                if (m.level() != null) {
                    f.error(INVALID_VALUE, mat.append("level"), "assessment '" + a.id() + "' awards by bands, so its "
                            + "measures carry no level; remove this level or the bands");
                }
                Scale s = c.resolveScale(comp);
                if (s != null && shared == null) {
                    shared = s.id();
                } else if (s != null && !s.id().equals(shared)) {
                    f.error(SCALE_MISMATCH, mat.append("competency"), "assessment '" + a.id() + "' awards by bands, so "
                            + "every measured competency must share one scale; '" + comp.id() + "' uses '" + s.id()
                            + "', the others '" + shared + "'");
                }
            } else if (m.level() == null) {
                f.missing(mat.append("level"), "assessment '" + a.id() + "' has no bands, so each measure needs the "
                        + "'level' a passing attempt awards");
            } else {
                refs.levelOf(mat, m.competency(), m.level());
            }
        }
        bands(a, at, shared);
    }

    private void bands(Assessment a, JsonPointer at, ScaleId shared) {
        Scale scale = shared == null ? null : c.scale(shared).orElse(null);
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.bands().size(); k++) {
            Band b = a.bands().get(k);
            JsonPointer bat = at.append("bands").append(k);
            if (!(b.min() >= 0 && b.min() <= 1)) {
                f.error(INVALID_VALUE, bat.append("min"), "band min " + Texts.number(b.min())
                        + " is a score fraction and must be from 0 to 1");
            } else if (b.min() <= previous) {
                f.error(INVALID_VALUE, bat.append("min"), "band mins must increase strictly; " + Texts.number(b.min())
                        + " follows " + Texts.number(previous));
            }
            if (b.min() >= 0 && b.min() <= 1) {
                previous = Math.max(previous, b.min());
            }
            if (scale != null && !scale.hasLevel(b.level())) {
                f.error(INVALID_VALUE, bat.append("level"), "'" + b.level() + "' is not a level of scale '" + scale.id()
                        + "' (levels: " + String.join(", ", scale.levels()) + ")");
            }
        }
    }

    private void vignettes(Assessment a, JsonPointer at) {
        f.duplicates(a.vignettes(), Vignette::id, at.append("vignettes"), "vignette");
        Policy policy = c.rawEscalation();
        for (int k = 0; k < a.vignettes().size(); k++) {
            Vignette v = a.vignettes().get(k);
            JsonPointer vat = at.append("vignettes").append(k);
            f.notBlank(vat.append("prompt"), v.prompt(), "the prompt of vignette '" + v.id() + "'");
            if (policy == null) {
                continue;
            }
            policy.problems(v.signals()).forEach((signal, problem) -> {
                JsonPointer sat = vat.append("signals").append(signal.value());
                if (policy.signal(signal).isPresent()) {
                    f.error(INVALID_VALUE, sat, "vignette '" + v.id() + "': " + problem);
                } else {
                    f.error(UNKNOWN_REFERENCE, sat, "vignette '" + v.id() + "' gives signal '" + signal
                            + "', which is not a signal of the escalation policy" + refs.signalSuggestion(policy, signal));
                }
            });
        }
    }
}

/**
 * Assessments: how competencies are proven (quizzes, observed role-plays, checklists, sign-offs,
 * reflections and escalation scenarios), with their scores, bands, attempt limits and validity.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise; record components
 * documented as optional are null when absent. All types are immutable and thread-safe, except builders.
 */
package dev.tandem.assessment;

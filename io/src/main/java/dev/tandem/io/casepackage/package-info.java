/**
 * 1EdTech CASE (Competencies and Academic Standards Exchange) packages: exporting a curriculum's competency
 * framework as a CASE 1.1 package and importing a CASE 1.0 or 1.1 package as the competency part of a
 * curriculum skeleton (FORMAT section 11).
 *
 * <p>Entry point: {@link dev.tandem.io.casepackage.CasePackage}. Null arguments throw
 * {@link NullPointerException} unless documented otherwise. All types are immutable and thread-safe.
 */
package dev.tandem.io.casepackage;

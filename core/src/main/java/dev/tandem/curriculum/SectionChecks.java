package dev.tandem.curriculum;

import dev.tandem.diagnostic.JsonPointer;
import dev.tandem.internal.Findings;

/**
 * The checks of one part of a document: what they read (the curriculum), where they report (the findings)
 * and the shared lookups of references. Package-private.
 */
abstract class SectionChecks {

    /** The document's root, where every path starts. */
    static final JsonPointer ROOT = JsonPointer.root();

    /** The curriculum checked, possibly invalid. */
    final Curriculum c;
    /** Where problems are reported. */
    final Findings f;
    /** Lookups of what the document refers to. */
    final References refs;

    SectionChecks(Curriculum curriculum, Findings findings, References references) {
        this.c = curriculum;
        this.f = findings;
        this.refs = references;
    }
}

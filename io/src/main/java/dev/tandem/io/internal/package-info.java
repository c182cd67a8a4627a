/**
 * The reader's machinery (not exported): the streaming tree parser ({@code TreeParser}) with its position
 * index and limits, building {@code DocumentNode} trees; the binders from document trees to core types
 * ({@code Binder} for the curriculum, {@code EscalationBinder} for its policy) with their typed field reads
 * ({@code FieldReader}) and the mapping of built paths back to document paths ({@code PathMapping}); the
 * Jakarta Validation binding records ({@code Fields}); the canonical emitter and number format.
 */
package dev.tandem.io.internal;

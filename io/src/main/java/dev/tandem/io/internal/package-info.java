/**
 * The reader's machinery (not exported): the streaming tree parser with its position index and limits,
 * the binder from document trees to core types, the Jakarta Validation binding records, and the canonical
 * emitter.
 */
package dev.tandem.io.internal;

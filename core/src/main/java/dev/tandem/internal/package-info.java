/**
 * Helpers shared by Tandem's own modules: the id rule, did-you-mean suggestions, the text of numbers and the
 * lookup of enumerated values by name. Not part of the public API: exported only to {@code dev.tandem.io}
 * and {@code dev.tandem.cli}.
 */
package dev.tandem.internal;

/**
 * Helpers shared by Tandem's own modules (the id rule, did-you-mean suggestions, the text of numbers, the ids of enumerated values). Not part of the public
 * API: exported only to {@code dev.tandem.io} and {@code dev.tandem.cli}.
 */
package dev.tandem.internal;

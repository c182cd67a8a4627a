/**
 * Reading and writing Tandem documents.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise.
 */
package dev.tandem.io;

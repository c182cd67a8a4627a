/**
 * The JSON Schema (draft 2020-12) of the Tandem curriculum format, version 1.
 */
package dev.tandem.io.schema;

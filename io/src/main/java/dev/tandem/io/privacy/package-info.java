/**
 * Privacy of learner data in outputs: {@link dev.tandem.io.privacy.Pseudonymizer} replaces learner ids by keyed
 * pseudonyms (HMAC-SHA-256), stable across runs with the same key.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise.
 */
package dev.tandem.io.privacy;

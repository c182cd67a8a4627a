/**
 * Escalation policies: tiers, signals, rules and conditions; observations and the decisions a compiled
 * policy makes for them.
 *
 * <p>Null arguments throw {@link NullPointerException} unless documented otherwise. All types are immutable
 * and thread-safe, except builders.
 */
package dev.tandem.escalation;

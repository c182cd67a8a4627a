/**
 * Open Badges 3.0: the {@code Achievement} that a curriculum's certification stands for (FORMAT section 11).
 *
 * <p>Entry point: {@link dev.tandem.io.badge.BadgeAchievement}. Null arguments throw
 * {@link NullPointerException} unless documented otherwise. All types are immutable and thread-safe.
 */
package dev.tandem.io.badge;

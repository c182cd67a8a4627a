/**
 * Open Badges 3.0: the {@code Achievement} that a curriculum's certification stands for (FORMAT section 11),
 * and the unsigned {@code OpenBadgeCredential} that issues it to a certified learner.
 *
 * <p>Entry points: {@link dev.tandem.io.badge.BadgeAchievement} and {@link dev.tandem.io.badge.BadgeCredential}
 * (with {@link dev.tandem.io.badge.CredentialOptions}). Null arguments throw {@link NullPointerException} unless
 * documented otherwise. All types are immutable and thread-safe.
 */
package dev.tandem.io.badge;

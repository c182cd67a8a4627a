/**
 * Training modules: {@link dev.tandem.training.TrainingModule}, its {@link dev.tandem.training.ModuleId},
 * {@link dev.tandem.training.Delivery} mode and the competency {@link dev.tandem.training.Target}s it aims at.
 */
package dev.tandem.training;

/**
 * Evaluating a cohort with Apache Spark: evidence lines are keyed by learner, grouped with
 * {@code groupByKey}, and each group is checked with Tandem's evidence reader and evaluated with its
 * evaluator, built once per partition from the curriculum text.
 */
package dev.tandem.examples.spark;

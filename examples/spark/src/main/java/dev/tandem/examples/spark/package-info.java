/**
 * Evaluating a cohort with Apache Spark: the evidence (JSON Lines, CSV or Parquet) is read as items keyed by
 * learner, sorted by learner in one shuffle, checked with Tandem's evidence reader and evaluated with its
 * evaluator, built once per partition from the curriculum text, and written with Tandem's own progress writer,
 * so the output is byte for byte that of {@code tandem evaluate}. The command line is {@link
 * dev.tandem.examples.spark.Main}.
 */
package dev.tandem.examples.spark;

#!/bin/sh
# Builds and runs every Tandem benchmark: the JMH suite (with JMH's GC profiler) and the heap footprint of
# cohort evaluation. Extra arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh Escalation
# Results: benchmarks/target/jmh-result.txt (JMH table) and standard output.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -prof gc -rf text -rff benchmarks/target/jmh-result.txt "$@"
if [ $# -eq 0 ]; then
    java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.HeapFootprint
fi

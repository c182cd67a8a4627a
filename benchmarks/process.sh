#!/usr/bin/env bash
# Measures `tandem evaluate` and `tandem report` from the outside, as processes, against the I/O floor
# (benchmarks' IoFloor: Jackson streaming-parses the same evidence file and writes every token back out, one
# thread) in the same run: wall time and peak resident memory of each, RUNS times in turn, then the median.
#
#   benchmarks/process.sh [LEARNERS] [RECORDS-PER-LEARNER] [RUNS]      (defaults: 100000 10 5)
#
# Builds what it needs first (the launcher's jars and the benchmarks jar) and generates the cohort once into
# ${TMPDIR:-/tmp}. The commands run through ./tandem, so the launcher's JVM settings (or TANDEM_JAVA_OPTS)
# apply; the floor runs with the same settings.
set -euo pipefail
cd "$(dirname "$0")/.."
learners="${1:-100000}"
per="${2:-10}"
runs="${3:-5}"
tmp="${TMPDIR:-/tmp}"
evidence="$tmp/tandem-process-$learners-x$per.jsonl"
curriculum=examples/community/curriculum.yaml
as_of=2026-06-01T00:00:00Z

./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true > /dev/null
./tandem --version > /dev/null  # builds the launcher's jars (and class-data archive) when they are stale
[ -f "$evidence" ] || ./tandem generate --curriculum "$curriculum" --learners "$learners" \
  --records-per-learner "$per" --seed 7 --output "$evidence"

# the JVM options the launcher uses, so that the floor runs under the same settings
opts="$(sed -n 's/^TANDEM_DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' tandem | head -n 1)"
if grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  opts="$opts -XX:+UseTransparentHugePages"  # as the launcher adds them
fi
opts="${TANDEM_JAVA_OPTS:-$opts}"

measure() { # NAME COMMAND...: prints "NAME seconds kilobytes"
  local name="$1"; shift
  local timing
  timing="$(mktemp)"
  if ! /usr/bin/time -f '%e %M' -o "$timing" "$@" > /dev/null 2> /dev/null; then
    echo "process.sh: $name failed: $*" >&2
    exit 1
  fi
  echo "$name $(tail -n 1 "$timing")"
  rm -f "$timing"
}

results="$(mktemp)"
for ((i = 1; i <= runs; i++)); do
  # shellcheck disable=SC2086
  measure floor java $opts -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.IoFloor "$evidence" >> "$results"
  measure evaluate ./tandem evaluate --quiet --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" \
    --format json >> "$results"
  measure report ./tandem report --quiet --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" \
    --format json >> "$results"
done

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $evidence ($(du -m "$evidence" | cut -f1) MB), $runs runs each, JVM options: ${opts:-none}"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
floor="$(awk '$1 == "floor" { print $2 }' "$results" | median)"
printf '%-9s %10s %14s %10s %14s\n' process "median s" "range s" "x floor" "peak RSS MB"
for name in floor evaluate report; do
  wall="$(awk -v n="$name" '$1 == n { print $2 }' "$results" | median)"
  range="$(awk -v n="$name" '$1 == n { print $2 }' "$results" | sort -n | sed -n '1p;$p' | paste -sd- -)"
  rss="$(awk -v n="$name" '$1 == n { print $3 }' "$results" | median)"
  awk -v n="$name" -v w="$wall" -v r="$range" -v f="$floor" -v m="$rss" \
    'BEGIN { printf "%-9s %10.2f %14s %10.2f %14.0f\n", n, w, r, w / f, m / 1024 }'
done
rm -f "$results"

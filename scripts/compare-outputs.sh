#!/usr/bin/env bash
# Runs the tandem commands on every shipped example with a fixed evaluation instant and writes each output
# (stdout, stderr and exit code) to its own file, so that the outputs of two builds can be compared byte for
# byte:
#
#   scripts/compare-outputs.sh /tmp/before              # this checkout (builds the CLI when missing)
#   scripts/compare-outputs.sh /tmp/before OTHER_CHECKOUT   # another checkout, e.g. a worktree of an older commit
#   diff -r /tmp/before /tmp/after
#
# The build is offline (-o) and skips tests; set TANDEM_JAR to use a jar built elsewhere.
set -euo pipefail

out="${1:?usage: compare-outputs.sh OUTPUT_DIR [CHECKOUT]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "${2:-$here}" && pwd)"
jar="${TANDEM_JAR:-$repo/cli/target/tandem-cli-0.1.0-SNAPSHOT.jar}"
as_of="2026-11-21T00:00:00Z"

if [ ! -f "$jar" ]; then
  (cd "$repo" && ./mvnw -B -o -q -DskipTests -pl cli -am package >&2)
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# run NAME ARGS...: the command's stdout in NAME.out, stderr in NAME.err, exit code in NAME.exit. Paths in
# the output are relative to the examples directory, so two checkouts give the same text.
run() {
  local name="$1"
  shift
  local rc=0
  (cd "$repo/examples" && java -jar "$jar" "$@" >"$out/$name.out" 2>"$out/$name.err") || rc=$?
  echo "$rc" >"$out/$name.exit"
}

for dir in "$repo"/examples/*/; do
  ex="$(basename "$dir")"
  curriculum="$ex/curriculum.yaml"
  [ -f "$repo/examples/$curriculum" ] || continue
  evidence="$(cd "$repo/examples" && ls "$ex"/evidence.* 2>/dev/null | head -n 1)"

  run "$ex.validate.text" validate "$curriculum"
  run "$ex.validate.json" validate --format json "$curriculum"
  run "$ex.convert.yaml" convert "$curriculum" --to yaml
  run "$ex.convert.json" convert "$curriculum" --to json
  # the converted documents read back the same
  cp "$out/$ex.convert.json.out" "$scratch/$ex.json"
  run "$ex.convert.json-to-yaml" convert "$scratch/$ex.json" --to yaml

  if [ -n "$evidence" ]; then
    for f in json csv text; do
      run "$ex.evaluate.$f" evaluate --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" --format "$f"
    done
    run "$ex.evaluate.skip-invalid" evaluate --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" \
      --skip-invalid --format json
    rm -rf "$scratch/badges"
    run "$ex.evaluate.badges" evaluate --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" \
      --format csv --badges "$scratch/badges" --badge-issuer https://training.example.org/issuer
    if [ -d "$scratch/badges" ]; then
      (cd "$scratch/badges" && for b in *; do [ -f "$b" ] && cp "$b" "$out/$ex.evaluate.badges.$b"; done) || true
    fi
    for f in json csv html; do
      run "$ex.report.$f" report --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" --format "$f"
    done
    run "$ex.report.by-month" report --curriculum "$curriculum" --evidence "$evidence" --as-of "$as_of" \
      --by month --min-cell 2
  fi
  if [ -f "$repo/examples/$ex/statements.jsonl" ] && [ -f "$repo/examples/$ex/xapi-map.yaml" ]; then
    run "$ex.evaluate.xapi" evaluate --curriculum "$curriculum" --evidence "$ex/statements.jsonl" \
      --evidence-format xapi --xapi-map "$ex/xapi-map.yaml" --as-of "$as_of" --skip-invalid
  fi

  run "$ex.export.case" export "$curriculum" --to case --last-change "$as_of"
  run "$ex.export.case-uri" export "$curriculum" --to case --last-change 2026-01-01 \
    --base-uri https://example.org/case/ --creator Example
  run "$ex.export.badge" export "$curriculum" --to badge --base-uri https://example.org/badges/
done

# a few documents with problems, for the diagnostics' text and JSON
mkdir -p "$scratch/bad"
printf 'tandem: 1\nid: Bad Id\ntitle: "tab\there"\nsetting: schol\nscales: []\ncompetencies:\n  - {id: c1, title: x, scale: nope}\nmodules: []\n' \
  >"$scratch/bad/broken.yaml"
printf '{"tandem": 2}\n' >"$scratch/bad/version.json"
run "bad.validate.text" validate "$scratch/bad/broken.yaml" "$scratch/bad/version.json"
run "bad.validate.json" validate --format json "$scratch/bad/broken.yaml" "$scratch/bad/version.json"
# the scratch path differs between runs
sed -i "s#$scratch#SCRATCH#g" "$out"/bad.validate.*

echo "wrote $(ls "$out" | wc -l) files to $out" >&2

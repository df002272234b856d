#!/usr/bin/env bash
# The CI benchmark gate: four operations at 1,000,000 points (GateBenchmarks: 同比 percentages, the joint streak,
# a threshold, the roll-up), each as a ratio of the library's caller-owned overload to the bare loop measured in the
# same process, compared with benchmarks/limits.json (eng/benchmark_gate.py). A ratio over its limit × margin is
# measured once more (only its operation) before the gate fails. Prints the table; BenchmarkDotNet's JSON goes to
# $QZGOV_GATE_OUT (default artifacts/benchmark-gate) for comparison across commits.
#   bash eng/benchmark-gate.sh             the gate (short in-process job, about a minute on 2 cores)
#   bash eng/benchmark-gate.sh --job dry   mechanics only: one invocation each, table printed, ratios not enforced
#   bash eng/benchmark-gate.sh --job dry --enforce   the same, enforced (shows the re-measure and the failure path)
#   QZGOV_GATE_SLOWDOWN=1 bash eng/benchmark-gate.sh   every library method does its work twice: the gate must fail
# Expects a Release build of the benchmarks (pass --build to build first).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${QZGOV_GATE_OUT:-artifacts/benchmark-gate}
job=(--job short --warmupCount 3 --iterationCount 10 --iterationTime 250)
enforce=1
build=0
force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --job) shift; [ "$1" = dry ] && { job=(--job dry); enforce=0; } || job=(--job "$1") ;;
    --build) build=1 ;;
    --enforce) force=1 ;;
    *) echo "unknown argument $1" >&2; exit 1 ;;
  esac
  shift
done

[ "$force" -eq 1 ] && enforce=1
python3 eng/benchmark_gate.py self-test || exit 1
if [ "$build" -eq 1 ]; then
  dotnet build -c Release benchmarks/Quzhou.Governance.Benchmarks -v q || exit 1
fi

run() { # $1 = artifacts dir, rest = extra BenchmarkDotNet arguments
  local dir=$1; shift
  rm -rf "$dir"
  dotnet run -c Release --no-build --project benchmarks/Quzhou.Governance.Benchmarks -- \
      --filter '*GateBenchmarks*' --inProcess "${job[@]}" --exporters json --artifacts "$dir" "$@" > "$dir.log" 2>&1
  local rc=$?
  if [ "$rc" -ne 0 ]; then tail -n 40 "$dir.log"; echo "benchmark gate: the benchmarks exited $rc"; exit 1; fi
}

mkdir -p "$out"
start=$(date +%s)
run "$out/first"
python3 eng/benchmark_gate.py check benchmarks/limits.json "$out"/first/results/*.json | tee "$out/first.txt"
rc=${PIPESTATUS[0]}
[ "$rc" -eq 1 ] && exit 1
if [ "$rc" -eq 2 ] && [ "$enforce" -eq 1 ]; then
  over=$(tail -n 1 "$out/first.txt" | sed 's/^over: //')
  echo "benchmark gate: over the limit ($over); measuring once more"
  # shellcheck disable=SC2086
  run "$out/again" --anyCategories $over
  python3 eng/benchmark_gate.py check benchmarks/limits.json "$out"/again/results/*.json > "$out/again.txt"
  rc=$?
  grep -E "^\| ($(echo "$over" | tr ' ' '|')) " "$out/again.txt" || true
  if grep -qE "^\| ($(echo "$over" | tr ' ' '|')) .*\*\*over\*\*" "$out/again.txt"; then
    echo "benchmark gate: FAILED, over the limit twice: $over ($(( $(date +%s) - start )) s)"
    exit 1
  fi
fi
[ "$enforce" -eq 0 ] && echo "benchmark gate (dry): ratios printed, not enforced"
echo "benchmark gate: passed ($(( $(date +%s) - start )) s); JSON in $out"

#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (the local tool in .config/dotnet-tools.json), one folder
# or one file of src/Quzhou.Governance at a time against tests/Quzhou.Governance.Tests, one test process
# at a time (--concurrency 1): a whole pass takes about an hour on 2 cores. Not in CI.
#   bash eng/mutate.sh Quantities                       a folder of src/Quzhou.Governance
#   bash eng/mutate.sh Quantities/Rounding.cs           one file
#   bash eng/mutate.sh src/Quzhou.Governance/Figures    the same with the project's path in front
# Extra arguments go to Stryker (e.g. --mutation-level Complete). The reports (HTML, JSON) land in
# StrykerOutput/<date>-<target>/ at the repository's root (ignored by git); the score is printed at the end.
# On a shared machine run it as `nice -n 19 bash eng/mutate.sh …`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ $# -lt 1 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
target=${1%/}
shift
target=${target#./}
target=${target#src/Quzhou.Governance/}
if [ -d "src/Quzhou.Governance/$target" ]; then
  pattern="**/src/Quzhou.Governance/$target/**/*.cs"
elif [ -f "src/Quzhou.Governance/$target" ] && [ "${target##*.}" = cs ]; then
  pattern="**/src/Quzhou.Governance/$target"
else
  echo "eng/mutate.sh: '$target' is neither a folder nor a .cs file of src/Quzhou.Governance" >&2
  exit 2
fi
name=$(printf '%s' "$target" | tr '/' '-')
output="$root/StrykerOutput/$(date -u +%Y%m%d-%H%M)-$name"
dotnet tool restore > /dev/null
cd tests/Quzhou.Governance.Tests
echo "mutating $pattern (report in $output)"
dotnet tool run dotnet-stryker --config-file stryker-config.json --concurrency 1 \
  --mutate "$pattern" --output "$output" "$@"

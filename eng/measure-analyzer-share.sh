#!/usr/bin/env bash
# Our analyzers' share of the compile, measured in one process on one thread (the robust figure on a shared
# machine): generates the code base of about 50,000 lines (eng/measure-analyzer-codebase.sh), asks MSBuild for
# the compiler's exact command line (sources, references, the SDK's analyzers and analyzer configuration,
# without ours), then eng/measure-analyzer-share/ runs per round: parse + emit (the compile), the SDK's
# analyzers alone, and the SDK's analyzers with ours, through CompilationWithAnalyzers (concurrentAnalysis:
# false, logAnalyzerExecutionTime: true). It prints each rule's time (AnalyzerTelemetryInfo.ExecutionTime)
# and our share of (compile + all analyzers), each the least of the rounds. Needs the Release build of the
# library and the analyzers (dotnet build src/Quzhou.Governance -c Release -f net10.0).
#   bash eng/measure-analyzer-share.sh [rounds] [LABEL=other-analyzers.dll ...] [--profile]
# (default 5 rounds; another build of our analyzers given as LABEL=dll is measured beside this one, in the same
# rounds, and each rule's ratio printed; --profile first counts the operations of each kind in the code base.)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rounds=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then rounds=$1; shift; fi
lib="$root/src/Quzhou.Governance/bin/Release/net10.0/Quzhou.Governance.dll"
rules="$root/src/Quzhou.Governance.Analyzers/bin/Release/netstandard2.0/Quzhou.Governance.Analyzers.dll"
for f in "$lib" "$rules"; do
  [ -f "$f" ] || { echo "missing $f: run dotnet build src/Quzhou.Governance -c Release -f net10.0 first"; exit 1; }
done
extra=(); flags=()
for a in "$@"; do
  case "$a" in
    --*) flags+=("$a") ;;
    *=*) extra+=(--ours "$a") ;;
    *) echo "unknown argument $a"; exit 2 ;;
  esac
done
work=$(mktemp -d "${TMPDIR:-/tmp}/qg-share.XXXXXX")
[ -n "${QG_SPEED_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

bash "$root/eng/measure-analyzer-codebase.sh" "$work" "$lib" "$rules"
dotnet restore "$work/Speed.csproj" -nologo -v:q > /dev/null
# The compiler's command line as the build would run it (without our rules: they are added by the harness).
dotnet msbuild "$work/Speed.csproj" -nologo -t:Compile -p:Configuration=Release -p:QuzhouRules=false \
  -p:ProvideCommandLineArgs=true -p:SkipCompilerExecution=true -getItem:CscCommandLineArgs > "$work/args.json"
python3 -c '
import json, sys
items = json.load(open(sys.argv[1]))["Items"]["CscCommandLineArgs"]
open(sys.argv[2], "w").write("\n".join(i["Identity"] for i in items) + "\n")' "$work/args.json" "$work/args.txt"

harness="$root/eng/measure-analyzer-share/bin/Release/net10.0/measure-analyzer-share.dll"
dotnet build "$root/eng/measure-analyzer-share" -c Release -nologo -v:q > "$work/harness-build.txt" 2>&1 \
  || { tail -n 30 "$work/harness-build.txt"; exit 1; }
echo "load: $(uptime | sed 's/.*load average/load average/')"
dotnet "$harness" "$work/args.txt" "$work" --rounds "$rounds" "${flags[@]}" --ours "ours=$rules" "${extra[@]}"
echo "load: $(uptime | sed 's/.*load average/load average/')"

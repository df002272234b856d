#!/usr/bin/env bash
# The consumer check of the Roslyn rules: packs the library with a version no cache holds, builds a
# throwaway project against the packed package (restored into a package folder of its own), and checks
# that the consumer gets each rule's warning on every "Code that violates" example in docs/rules/ and
# none of our warnings on the "Code that does not" examples; that the analyzers load without AD0001 or
# CS8032; and that nothing of Roslyn came along as a package.
#   bash eng/check-analyzers-consumer.sh            builds the library (Release) and packs it
#   bash eng/check-analyzers-consumer.sh --no-build packs the Release build already there (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/qg-consumer.XXXXXX")
[ -n "${QG_CONSUMER_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$RANDOM"
pack_args=(-c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v:q)
[ "${1:-}" = "--no-build" ] && pack_args+=(--no-build)

echo "packing Quzhou.Governance $version"
dotnet pack src/Quzhou.Governance/Quzhou.Governance.csproj "${pack_args[@]}" > "$work/pack.txt" 2>&1 \
  || { cat "$work/pack.txt"; echo "consumer check: dotnet pack failed"; exit 1; }

# The consumer: outside the repository (none of its props apply), one file per example.
mkdir -p "$work/consumer/Examples"
fallback=""
[ -d "$HOME/.nuget/packages" ] && fallback="$HOME/.nuget/packages"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <!-- A package folder of its own: the package under test cannot come from a stale cache. -->
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
    <RestoreAdditionalProjectSources>$work/feed</RestoreAdditionalProjectSources>
    <RestoreAdditionalProjectFallbackFolders>$fallback</RestoreAdditionalProjectFallbackFolders>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Quzhou.Governance" Version="$version" />
  </ItemGroup>
</Project>
XML

python3 - "$root/docs/rules" "$work/consumer/Examples" <<'PY'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    m = re.fullmatch(r"(QG\d{4})\.md", name)
    if not m:
        continue
    rule, section, block, counts = m.group(1), None, None, {"violates": 0, "passes": 0}
    for line in open(os.path.join(src, name), encoding="utf-8"):
        if block is not None:
            if line.startswith("```"):
                kind = {"Code that violates": "violates", "Code that does not": "passes"}.get(section)
                if kind:
                    counts[kind] += 1
                    path = os.path.join(out, f"{rule}.{kind}.{counts[kind]}.cs")
                    open(path, "w", encoding="utf-8").write("".join(block))
                block = None
            else:
                block.append(line)
        elif line.startswith("## "):
            section = line[3:].strip()
        elif line.strip() == "```csharp":
            block = []
    if counts["violates"] == 0 or counts["passes"] == 0:
        sys.exit(f"{name}: needs examples under both 'Code that violates' and 'Code that does not'")
PY

echo "building the consumer ($(ls "$work/consumer/Examples" | wc -l) examples)"
build_rc=0
dotnet build "$work/consumer/Consumer.csproj" -nologo -v:q -clp:NoSummary > "$work/build.txt" 2>&1 || build_rc=$?
status=0
problem() { echo "consumer check: $*"; status=1; }
[ "$build_rc" -eq 0 ] || problem "the consumer did not build (exit $build_rc)"
if grep -qE ': error ' "$work/build.txt"; then problem "the consumer has errors"; fi
if grep -qE 'warning (AD0001|CS8032|CS8033|CS8034)' "$work/build.txt"; then problem "an analyzer failed to load or threw"; fi

for file in "$work"/consumer/Examples/*.cs; do
  base=$(basename "$file")
  rule=${base%%.*}
  if [[ $base == *.violates.* ]]; then
    grep -qE "Examples/$base\([0-9]+,[0-9]+\): warning $rule:" "$work/build.txt" \
      && echo "  $base: $rule reported" || problem "$base: expected warning $rule, got none"
  else
    if grep -E "Examples/$base\([0-9]+,[0-9]+\): warning QG[0-9]{4}:" "$work/build.txt"; then
      problem "$base: a near miss was reported"
    else
      echo "  $base: nothing reported"
    fi
  fi
done

assets="$work/consumer/obj/project.assets.json"
if grep -qE '"Microsoft\.CodeAnalysis[^"]*/' "$assets"; then
  problem "the package brought a Roslyn package: $(grep -oE '"Microsoft\.CodeAnalysis[^"]*/[^"]*"' "$assets" | sort -u | tr '\n' ' ')"
fi
if ! ls "$work/packages/quzhou.governance/$version/analyzers/dotnet/cs/Quzhou.Governance.Analyzers.dll" > /dev/null 2>&1; then
  problem "the package under test was not restored into the consumer's own package folder"
fi

if [ "$status" -ne 0 ]; then
  echo "--- consumer build output"; cat "$work/build.txt"
fi
echo "consumer check took $((SECONDS - start)) s"
exit "$status"

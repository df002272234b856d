#!/usr/bin/env bash
# Records every public symbol of the library and of the Data package that is not yet in their PublicAPI.*.txt
# into PublicAPI.Unshipped.txt (the analyzer's own code fix, applied by dotnet format), and drops removed ones.
# Run it after changing the public API on purpose, then review the diff of PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
for name in Quzhou.Governance Quzhou.Governance.Data; do
  project=src/$name/$name.csproj
  # One target at a time (the code fix cannot merge two targets' edits of the same file); the net10.0-only
  # interfaces are implemented explicitly, so the public API is the same on both, and the build checks both.
  # --no-restore: a restore for one target would rewrite the lock file, which lists both.
  lock=src/$name/packages.lock.json
  cp "$lock" "$lock.bak"
  QuzhouPublicApiTarget=net10.0 dotnet format analyzers "$project" --no-restore --diagnostics RS0016 RS0017 --severity warn -v q || true
  mv "$lock.bak" "$lock"
  # Keep the file sorted and free of duplicates (the first line is the #nullable marker).
  file=src/$name/PublicAPI.Unshipped.txt
  { head -n 1 "$file"; tail -n +2 "$file" | LC_ALL=C sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
  echo "updated $file ($(($(wc -l < "$file") - 1)) symbols)"
done

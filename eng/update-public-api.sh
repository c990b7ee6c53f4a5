#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt and removes entries it reports as gone (RS0017). A developer tool: review
# the diff it makes, since a change there is a change to the package's public surface.
# Usage: eng/update-public-api.sh src/Coordination.Domain [more projects...]
set -euo pipefail
for project in "$@"; do
  file="$project/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary >"$log" 2>&1 || true
  grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >"$log.add" || true
  grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u >"$log.remove" || true
  {
    grep -vxF -f "$log.remove" "$file" | grep -v '^#nullable enable$' || true
    cat "$log.add"
  } | sed 's/&lt;/</g; s/&gt;/>/g' | sort -u >"$log.new"
  { echo '#nullable enable'; cat "$log.new"; } >"$file"
  echo "$file: +$(wc -l <"$log.add") -$(wc -l <"$log.remove")"
  rm -f "$log" "$log.add" "$log.remove" "$log.new"
done

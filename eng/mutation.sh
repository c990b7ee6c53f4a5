#!/usr/bin/env bash
# Mutation testing per area with Stryker.NET (dotnet-stryker, pinned in .config/dotnet-tools.json).
# An area is a folder of src/Coordination.Domain (Temporal, Incidents, Catalog, ...), a package
# (Interop, Geo, Parquet), or a piece of a package: PACKAGE.FOLDER (Geo.Analysis) or
# PACKAGE.TopLevel (the files directly in the package's folder). For the areas named, the script runs
# Stryker once per project on those areas' files only, writes Stryker's reports under
# artifacts/mutation/PROJECT/ (never committed), reads each area's score from Stryker's JSON report
# and replaces that area's row of the table in docs/quality.md (other rows are left as they are).
# Slow: an area takes minutes to hours, so it is not part of .ci/run.
#
# Usage: eng/mutation.sh AREA [AREA...]    measure the areas named (one Stryker run per project)
#        eng/mutation.sh --list            list the areas (one a line: area, project, test project, glob)
# Environment: MUTATION_CONCURRENCY (default 2) is passed to Stryker's --concurrency;
#              MUTATION_CONFIGURATION (default Release) to its --configuration.
#
# Score: Stryker's own mutation score, (killed + timeout) / (killed + timeout + survived + no coverage).
# Ignored mutants (disabled by a `// Stryker disable` comment or stryker-config.json) and mutants that
# do not compile are left out of both sides, as Stryker does.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
core="$root/src/Coordination.Domain"
packages=(Interop Geo Parquet)

# Prints "area<TAB>project dir<TAB>test project dir<TAB>mutate glob" for every area.
list_areas() {
  local dir area
  for dir in "$core"/*/; do
    area=$(basename "$dir")
    case "$area" in bin | obj) continue ;; esac
    printf '%s\t%s\t%s\t%s\n' "$area" "src/Coordination.Domain" "tests/Coordination.Domain.Tests" "**/$area/**/*.cs"
  done
  local package folder pieces src tests
  for package in "${packages[@]}"; do
    src="src/Coordination.Domain.$package" tests="tests/Coordination.Domain.$package.Tests"
    printf '%s\t%s\t%s\t%s\n' "$package" "$src" "$tests" "**/*.cs"
    # A package with folders can also be measured a piece at a time: PACKAGE.FOLDER for each folder
    # holding code, and PACKAGE.TopLevel for the files directly in the package's folder.
    pieces=0
    for dir in "$root/$src"/*/; do
      folder=$(basename "$dir")
      case "$folder" in bin | obj) continue ;; esac
      [[ -n $(find "$dir" -name '*.cs' -print -quit) ]] || continue
      printf '%s\t%s\t%s\t%s\n' "$package.$folder" "$src" "$tests" "**/$folder/**/*.cs"
      pieces=$((pieces + 1))
    done
    if ((pieces > 0)) && [[ -n $(find "$root/$src" -maxdepth 1 -name '*.cs' -print -quit) ]]; then
      printf '%s\t%s\t%s\t%s\n' "$package.TopLevel" "$src" "$tests" "*.cs"
    fi
  done
}

# Prints the test files the core's AREAs are measured against, as MSBuild globs separated by ';'
# (the test project's MutationTestFiles): each area's folder of TESTS, and every file of TESTS that
# declares no test (the shared facts, records and generators).
own_test_files() {
  local tests="$1" area helpers globs=""
  shift
  for area in "$@"; do globs+="$area/**/*.cs;"; done
  helpers=$(cd "$root/$tests" && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' -print0 |
    xargs -0 grep -L -E '\[(Fact|Theory|Property)' | sed 's|^\./||' | sort)
  local file
  while IFS= read -r file; do
    [[ -n "$file" ]] || continue
    for area in "$@"; do [[ "$file" == "$area"/* ]] && continue 2; done
    globs+="$file;"
  done <<<"$helpers"
  printf '%s' "${globs%;}"
}

if [[ $# -eq 0 ]]; then
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
if [[ "$1" == "--list" ]]; then
  list_areas
  exit 0
fi

for area in "$@"; do
  if ! list_areas | cut -f1 | grep -qxF -- "$area"; then
    echo "mutation.sh: unknown area '$area'; eng/mutation.sh --list shows the areas" >&2
    exit 2
  fi
done

cd "$root"
dotnet tool restore >/dev/null
version=$(dotnet tool list --local | awk '$1 == "dotnet-stryker" { print $2 }')

# Areas of one project are measured in one Stryker run: building, the first test run and the per-test
# coverage capture (minutes for the core's test project) are paid once for all of them, and the
# report is split per area afterwards.
projects=()
for area in "$@"; do
  project=$(list_areas | awk -F'\t' -v a="$area" '$1 == a { print $2 }')
  [[ " ${projects[*]-} " == *" $project "* ]] || projects+=("$project")
done

for project in "${projects[@]}"; do
  areas=() globs=()
  for area in "$@"; do
    IFS=$'\t' read -r _ p t glob < <(list_areas | awk -F'\t' -v a="$area" '$1 == a')
    [[ "$p" == "$project" ]] || continue
    [[ " ${areas[*]-} " == *" $area "* ]] && continue
    tests="$t"
    areas+=("$area")
    globs+=(--mutate "$glob")
  done
  name=$(basename "$project")
  # The core's areas are measured against their own tests: the test project is compiled with only
  # the areas' test folders and the helper files (files declaring no test) that any test may use.
  # Nearly every test of the core builds catalogs of dates, names and identifiers, so against the
  # whole suite each mutant is covered by nearly every test (about 100 s a mutant on two cores);
  # against its own folder it takes seconds. Tests elsewhere can only kill more, so the score is a
  # lower bound of the whole suite's.
  test_files=""
  if [[ "$project" == src/Coordination.Domain ]]; then
    test_files=$(own_test_files "$tests" "${areas[@]}")
  fi
  out="$root/artifacts/mutation/$name"
  rm -rf "$out"
  mkdir -p "$out"
  echo "mutation.sh: ${areas[*]}: mutating $project against $tests; log in artifacts/mutation/$name/stryker.log"
  started=$(date +%s)
  (
    cd "$root/$tests"
    if [[ -n "$test_files" ]]; then export MutationTestFiles="$test_files"; fi
    dotnet stryker \
      --config-file "$root/stryker-config.json" \
      --project "$name.csproj" \
      --test-runner mtp \
      "${globs[@]}" \
      --configuration "${MUTATION_CONFIGURATION:-Release}" \
      --concurrency "${MUTATION_CONCURRENCY:-2}" \
      --output "$out" \
      --reporter json --reporter html --reporter cleartext --reporter progress
  ) >"$out/stryker.log" 2>&1 || {
    echo "mutation.sh: ${areas[*]}: Stryker failed; see artifacts/mutation/$name/stryker.log" >&2
    tail -20 "$out/stryker.log" >&2
    exit 1
  }
  minutes=$((($(date +%s) - started + 59) / 60))
  report=$(find "$out" -name mutation-report.json | head -1)
  if [[ -z "$report" ]]; then
    echo "mutation.sh: ${areas[*]}: no mutation-report.json under artifacts/mutation/$name" >&2
    exit 1
  fi
  for area in "${areas[@]}"; do
    case "$area" in
      *.TopLevel) subfolder="." ;;                 # files directly in the package's folder
      *.*) subfolder="${area#*.}/" ;;             # a folder of a package
      *) if [[ "$project" == src/Coordination.Domain ]]; then subfolder="$area/"; else subfolder=""; fi ;;
    esac
    python3 "$root/eng/mutation-table.py" "$root/docs/quality.md" "$area" "$project" "$subfolder" "$report" "$version" \
      "$minutes" "$(date -u +%Y-%m-%d)" "${#areas[@]}"
  done
done

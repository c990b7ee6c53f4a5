#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers of outside data with SharpFuzz and AFL++ (docs/quality.md, "Fuzzing").
#
#   bash eng/fuzz.sh [TARGET...] [--seconds N]
#
# TARGETs: catalog jsonl acled ucdp geojson (default: all), each fuzzed for N seconds (default 60) from its seed
# corpus fuzz/corpus/TARGET/. Findings go to artifacts/fuzz/TARGET/ (not committed); a summary per target
# (executions, paths, crashes, hangs) is printed from afl-fuzz's fuzzer_stats. Installs AFL++ (Debian's afl++)
# when afl-fuzz is missing. Not part of .ci/run.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

all_targets=(catalog jsonl acled ucdp geojson)
targets=()
seconds=60
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --seconds=*) seconds="${1#*=}"; shift ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target '$t' (targets: ${all_targets[*]})" >&2; exit 2; }
done

if ! command -v afl-fuzz >/dev/null; then
  echo "afl-fuzz not found: installing Debian's afl++" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq afl++; else sudo apt-get update -qq && sudo apt-get install -y -qq afl++; fi
fi

dotnet tool restore >/dev/null
out="$root/artifacts/fuzz"
bin="$out/bin"
mkdir -p "$out"
libraries=(Coordination.Domain Coordination.Domain.Interop Coordination.Domain.Geo)
# The instrumented copies are removed first so that the build lays fresh ones (sharpfuzz instruments once).
for dll in "${libraries[@]}"; do rm -f "$bin/$dll.dll"; done
dotnet build fuzz/Coordination.Domain.Fuzz -c Release -o "$bin" -nologo -v quiet

# Instrument the library assemblies (not the harness, SharpFuzz, the packages or the BCL) for AFL's coverage map.
for dll in "${libraries[@]}"; do
  dotnet sharpfuzz "$bin/$dll.dll" >"$out/instrument-$dll.log" 2>&1 || { cat "$out/instrument-$dll.log" >&2; exit 1; }
done

# AFL's checks that do not fit a container or a .NET target: no core_pattern pipe, no CPU scaling control,
# and the .NET runtime's own signals and startup time.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
export AFL_AUTORESUME=1 AFL_FORKSRV_INIT_TMOUT=30000 AFL_NO_AFFINITY=1
export DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1

printf '%-8s %8s %10s %8s %7s %7s %6s\n' target seconds execs execs/s paths crashes hangs
summary=()
for t in "${targets[@]}"; do
  findings="$out/$t"
  mkdir -p "$findings"
  # -t: per-input timeout in ms (an input that runs longer is a hang); -m none: the runtime maps a lot.
  afl-fuzz -i "fuzz/corpus/$t" -o "$findings" -t 5000 -m none -V "$seconds" -- "$bin/Coordination.Domain.Fuzz" "$t" \
    >"$findings/afl.log" 2>&1 || { echo "afl-fuzz failed for $t; see $findings/afl.log" >&2; tail -20 "$findings/afl.log" >&2; exit 1; }
  stats="$findings/default/fuzzer_stats"
  get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  line=$(printf '%-8s %8s %10s %8s %7s %7s %6s' "$t" "$(get run_time)" "$(get execs_done)" "$(get execs_per_sec)" \
    "$(get corpus_count)" "$(get saved_crashes)" "$(get saved_hangs)")
  echo "$line"
  summary+=("$line")
done
echo "findings: $out/<target>/default/{crashes,hangs}; replay one with: $bin/Coordination.Domain.Fuzz <target> <file>"

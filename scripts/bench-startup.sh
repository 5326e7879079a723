#!/usr/bin/env bash
# Start-up benchmark of issue 9 (docs/performance.md, "Waktu mulai"): whole processes, each command
# run RUNS times in rotation with `java -version` as the baseline of the same round, so machine
# noise hits all alike. Prints, per command, the median wall time, its spread, the ratio of the
# median to java -version's, and the median CPU time (user + system) of the process.
#   scripts/bench-startup.sh [RUNS]                 start-up table (default 11 runs)
#   scripts/bench-startup.sh flags [RUNS] [JABATAN] each launcher JVM setting on a small and a large
#                                                   validate (default 3 runs, 100000 jabatan)
# BASELINE_JAR=path/to/older/sisker.jar adds its --version and validate rows to the table (before/after).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=table
if [ "${1:-}" = flags ]; then mode=flags; shift; fi
runs="${1:-$([ "$mode" = flags ] && echo 3 || echo 11)}"
large="${2:-100000}"
out=target/bench-startup
if [ ! -f target/test-classes/id/sisker/bench/StartupInputs.class ]; then
  ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
fi
./sisker --version >/dev/null # builds the jar and its archive when the sources changed
if [ "$mode" = flags ]; then
  java -cp target/test-classes:target/sisker.jar id.sisker.bench.StartupInputs "$out" "$large"
else
  java -cp target/test-classes:target/sisker.jar id.sisker.bench.StartupInputs "$out"
fi

labels=(); commands=()
add() { labels+=("$1"); shift; commands+=("$(printf '%q ' "$@")"); }

if [ "$mode" = table ]; then
  add "java -version (baseline)" java -version
  add "./sisker --version" ./sisker --version
  add "java -jar target/sisker.jar --version" java -jar target/sisker.jar --version
  add "./sisker validate examples/indragiri-hilir" ./sisker validate examples/indragiri-hilir
  add "java -jar target/sisker.jar validate examples/indragiri-hilir" \
    java -jar target/sisker.jar validate examples/indragiri-hilir
  if [ -n "${BASELINE_JAR:-}" ]; then
    add "java -jar \$BASELINE_JAR --version" java -jar "$BASELINE_JAR" --version
    add "java -jar \$BASELINE_JAR validate examples/indragiri-hilir" \
      java -jar "$BASELINE_JAR" validate examples/indragiri-hilir
  fi
  add "./sisker diagram (1,000 jabatan) --format dot" ./sisker diagram "$out/besar.yaml" \
    --pd besar --view kedudukan --format dot -o "$out/besar.dot" --force
  add "java -jar target/sisker.jar diagram (1,000 jabatan) --format dot" \
    java -jar target/sisker.jar diagram "$out/besar.yaml" \
    --pd besar --view kedudukan --format dot -o "$out/besar.dot" --force
  if [ -n "${BASELINE_JAR:-}" ]; then
    add "java -jar \$BASELINE_JAR diagram (1,000 jabatan) --format dot" \
      java -jar "$BASELINE_JAR" diagram "$out/besar.yaml" \
      --pd besar --view kedudukan --format dot -o "$out/besar.dot" --force
  fi
else
  # The launcher's settings one at a time against none (SISKER_OPTS comes last, so it overrides).
  # A collector named by the user replaces the launcher's, so "SerialGC only" names no other one.
  plain="-Xshare:auto -XX:TieredStopAtLevel=4 -XX:+UsePerfData -XX:SharedArchiveFile=/nonexistent"
  none="$plain -XX:+UseG1GC"
  add "java -version (baseline)" java -version
  for input in examples/indragiri-hilir "$out/peta-$large"; do
    add "$input: no settings" env SISKER_OPTS="$none" ./sisker validate "$input"
    add "$input: archive only" env SISKER_OPTS="-XX:TieredStopAtLevel=4 -XX:+UseG1GC -XX:+UsePerfData" ./sisker validate "$input"
    add "$input: C1 only" env SISKER_OPTS="$none -XX:TieredStopAtLevel=1" ./sisker validate "$input"
    add "$input: SerialGC only" env SISKER_OPTS="$plain -XX:+UseSerialGC" ./sisker validate "$input"
    add "$input: all (./sisker)" ./sisker validate "$input"
  done
fi

export TIMEFORMAT='%R %U %S'
declare -a wall cpu
for ((r = 1; r <= runs; r++)); do
  for i in "${!commands[@]}"; do
    t="$({ time eval "${commands[$i]}" >/dev/null 2>&1; } 2>&1 || true)"
    read -r w u s <<<"$t"
    wall[$i]="${wall[$i]:-} $w"
    cpu[$i]="${cpu[$i]:-} $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
spread() { tr ' ' '\n' | grep . | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }
base="$(echo "${wall[0]}" | median)"
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1), $runs runs"
echo
echo "| command | median wall (s) | spread (s) | ratio to java -version | median CPU (s) |"
echo "|---|---|---|---|---|"
for i in "${!commands[@]}"; do
  m="$(echo "${wall[$i]}" | median)"
  printf '| %s | %s | %s | %s | %s |\n' "${labels[$i]}" "$m" "$(echo "${wall[$i]}" | spread)" \
    "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.1f×", a / b }')" "$(echo "${cpu[$i]}" | median)"
done

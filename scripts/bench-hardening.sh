#!/usr/bin/env bash
# Compares the hardened build with a baseline jar on the same inputs, alternating runs so machine
# noise hits both alike: the five example daerah in one run (per-input profile views, file-kind and
# real-path checks), then one daerah. Prints medians and the ratio hardened/baseline.
#   scripts/bench-hardening.sh BASELINE_JAR [RUNS]
# A baseline jar: mkdir -p /tmp/base && git archive a10422e | tar -x -C /tmp/base && ./mvnw -q -B -f /tmp/base/pom.xml -DskipTests package
set -euo pipefail
base="$1"; runs="${2:-7}"
cd "$(dirname "$0")/.."
new=target/sisker.jar
[ -f "$new" ] || ./mvnw -q -B -DskipTests package
all=(examples/indragiri-hilir examples/kabupaten-sukamaju examples/lampung-tengah examples/pekanbaru examples/pulang-pisau)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); java -jar "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for label in "five daerah" "one daerah"; do
  if [ "$label" = "five daerah" ]; then args=(validate "${all[@]}"); else args=(validate examples/indragiri-hilir); fi
  b=(); n=()
  for i in $(seq "$runs"); do
    b+=("$(time_ms "$base" "${args[@]}")")
    n+=("$(time_ms "$new" "${args[@]}")")
  done
  mb=$(printf '%s\n' "${b[@]}" | median); mn=$(printf '%s\n' "${n[@]}" | median)
  echo "$label: baseline ${mb} ms, hardened ${mn} ms, ratio $(awk -v a="$mn" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
done

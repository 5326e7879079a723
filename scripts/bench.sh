#!/usr/bin/env bash
# Whole-process benchmarks of issue 9 ("Performance at provincial scale"). Every figure is paired
# with a baseline measured in the same run, because the machine is shared and noisy:
#   - sisker validate (text, json, sarif, sized as on a 2 GB runner) vs the bare snakeyaml
#     event parse of the same files in one JVM, one thread (id.sisker.bench.EventParse);
#   - ajv-cli with `sisker schema` and Spectral 6 with a three-rule ruleset, same files (both
#     installed from npm under target/bench/npm by this script; the build and CI never need npm);
#   - sisker diagram (DOT of 1,000 jabatan; SVG with the embedded engine and with system dot) vs
#     validate of the same daerah and vs system `dot -Tsvg` of the same DOT;
#   - 1,000 DOCX letters (sisker surat) vs validate of the same daerah;
#   - sisker --version and a small validate vs java -version;
#   - a folder of 500 ordinary daerah: validate vs the event parse of the same files.
# Rows run interleaved, one of each per round, --repeats rounds; the table gives medians, the
# spread (min-max) and ratios of medians. Peak RSS comes from /usr/bin/time -v (else /proc
# polling). Data comes from id.sisker.bench.DaerahSintetis (seeded) under target/bench/data.
#
#   scripts/bench.sh                       # the table of docs/performance.md (about an hour)
#   scripts/bench.sh --repeats 1 --jabatan 10000 --daerah 20   # a quick look
#   scripts/bench.sh generate              # only write the data under target/bench/data
#   scripts/bench.sh --check               # print the plan, run nothing
#   scripts/bench.sh table                 # the table again from target/bench/results.tsv
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

repeats=3
jabatan=100000
pd=23
daerah=500
npm_tools=1
check=0
only_generate=0
only_table=0
usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  cat <<'EOF'
Options:
  --repeats N    rounds (default 3)
  --jabatan N    jabatan of the large daerah, 1000..100000 (default 100000, 23 perangkat daerah)
  --pd N         perangkat daerah of the large daerah (default 23)
  --daerah N     ordinary daerah in the provinsi folder (default 500; 0 leaves those rows out)
  --no-npm       leave out ajv and Spectral (no npm needed)
  --check        print what would run, run nothing
  generate       only generate the data
  table          only print the table again from the last run's target/bench/results.tsv
                 (give the same options as that run)
EOF
}
while [ $# -gt 0 ]; do
  case "$1" in
    --repeats) repeats="$2"; shift 2 ;;
    --jabatan) jabatan="$2"; shift 2 ;;
    --pd) pd="$2"; shift 2 ;;
    --daerah) daerah="$2"; shift 2 ;;
    --no-npm) npm_tools=0; shift ;;
    --check) check=1; shift ;;
    generate) only_generate=1; shift ;;
    table) only_table=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$repeats" "$jabatan" "$pd" "$daerah"; do
  case "$n" in ''|*[!0-9]*) echo "bench.sh: not a number: $n" >&2; exit 2 ;; esac
done
if [ "$jabatan" -lt 1000 ] || [ "$jabatan" -gt 100000 ] || [ "$repeats" -lt 1 ]; then
  echo "bench.sh: --jabatan must be 1000..100000 and --repeats at least 1" >&2
  exit 2
fi

out="$here/target/bench"
data="$out/data"
big="$data/daerah-$jabatan-$pd"
small="$data/pd-1000"
letters="$data/surat-1000"
prov="$data/provinsi-$daerah"
work="$out/work"
npmdir="$out/npm"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="target/sisker.jar:target/test-classes"
gen() { "$java_cmd" -cp "$cp" id.sisker.bench.DaerahSintetis "$@"; }

if [ "$check" = 1 ]; then
  echo "would build target/sisker.jar and target/test-classes (./mvnw package -DskipTests)"
  echo "would generate $big ($jabatan jabatan, $pd perangkat daerah), $small, $letters"
  [ "$daerah" -gt 0 ] && echo "would generate $prov ($daerah daerah)"
  [ "$npm_tools" = 1 ] && echo "would install ajv-cli 5.0.0, ajv-formats 2.1.1, @stoplight/spectral-cli 6 under $npmdir"
  echo "would run $repeats rounds and write $out/table.md"
  exit 0
fi

say() { echo "bench.sh: $*" >&2; }

# --- build and data -------------------------------------------------------------------------
if [ "$only_table" = 0 ]; then
if [ ! -f target/sisker.jar ] || [ ! -f target/test-classes/id/sisker/bench/EventParse.class ] \
    || [ -n "$(find src pom.xml -newer target/sisker.jar -print -quit)" ]; then
  say "building (./mvnw -B -q -DskipTests package) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package >&2
fi
# A data folder is reused when it was written with the same arguments by the same generator.
generated() { # generated DIR ARGS...: writes DIR unless DIR/.args says it is current
  local dir="$1"; shift
  local want; want="$* $(cksum < target/test-classes/id/sisker/bench/DaerahSintetis.class)"
  if [ -f "$dir/.args" ] && [ "$(cat "$dir/.args")" = "$want" ]; then return; fi
  rm -rf "$dir"
  gen "$dir" "$@" | tee /dev/stderr | sed 's/^[^:]*: //; s/ in [0-9.]* s$//' > "$out/summary.txt"
  mv "$out/summary.txt" "$dir/.summary"
  echo "$want" > "$dir/.args"
}
generated "$big" --jabatan "$jabatan" --pd "$pd" --seed 9
generated "$small" --jabatan 1000 --pd 1 --seed 6
generated "$letters" --jabatan 10000 --pd 10 --seed 4 --penugasan 940
[ "$daerah" -gt 0 ] && generated "$prov" --daerah "$daerah" --seed 5
if [ "$only_generate" = 1 ]; then exit 0; fi
fi

if [ "$only_table" = 0 ] && [ "$npm_tools" = 1 ] && [ ! -x "$npmdir/node_modules/.bin/spectral" ]; then
  command -v npm >/dev/null || { say "npm not found: install Node.js 18+ or use --no-npm"; exit 2; }
  say "installing ajv-cli and Spectral under $npmdir (npm) ..."
  mkdir -p "$npmdir"
  npm install --prefix "$npmdir" --no-audit --no-fund --loglevel=error \
    ajv-cli@5.0.0 ajv-formats@2.1.1 @stoplight/spectral-cli@6 >&2
fi

small_pd="$(sed -n 's/^  - id: //p' "$small"/perangkat-daerah/*.yaml | head -n 1)"
if [ "$only_table" = 0 ]; then
  rm -rf "$work"; mkdir -p "$work"
  ./sisker schema -o "$work/sisker-daerah.json" --force >/dev/null
  ./sisker diagram "$small" --pd "$small_pd" --format dot -o "$work/pd-1000.dot" --force >/dev/null
fi
have_dot=0; command -v dot >/dev/null && have_dot=1

# --- rows: id | what | baseline id | command (run with bash -c, output discarded) -------------
rows=()
row() { rows+=("$1|$2|$3|$4"); }
ep="\"$java_cmd\" -cp $cp id.sisker.bench.EventParse"
row parse "snakeyaml event parse, 1 thread (baseline)" parse "$ep '$big'"
row validate "sisker validate (text)" parse "./sisker validate '$big'"
row json "sisker validate --format json" parse "./sisker validate '$big' --format json"
row sarif "sisker validate --format sarif=FILE" parse \
  "./sisker validate '$big' --output-dir '$work' --force --format sarif=hasil.sarif"
row heap2g "sisker validate, JVM sized as on a 2 GB runner (-XX:MaxRAM=2g)" parse \
  "SISKER_OPTS=-XX:MaxRAM=2g ./sisker validate '$big'"
if [ "$npm_tools" = 1 ]; then
  row ajv "ajv-cli 5, schema only (\`sisker schema\`)" parse \
    "'$npmdir/node_modules/.bin/ajv' validate --spec=draft2020 -c ajv-formats -s '$work/sisker-daerah.json' -d '$big/**/*.yaml'"
  row spectral "Spectral 6, three rules" parse \
    "'$npmdir/node_modules/.bin/spectral' lint -q -r scripts/bench/spectral-sisker.yaml '$big/**/*.yaml'"
fi
row javaversion "java -version (baseline)" javaversion "\"$java_cmd\" -version"
row version "sisker --version" javaversion "./sisker --version"
row smallvalidate "sisker validate examples/indragiri-hilir" javaversion \
  "./sisker validate examples/indragiri-hilir --fail-on never"
row v1000 "1,000 jabatan: sisker validate (baseline)" v1000 "./sisker validate '$small'"
row dotout "1,000 jabatan: sisker diagram --format dot" v1000 \
  "./sisker diagram '$small' --pd $small_pd --format dot"
if [ "$have_dot" = 1 ]; then
  row dotsys "1,000 jabatan: system dot -Tsvg of that DOT (baseline)" dotsys \
    "dot -Tsvg '$work/pd-1000.dot'"
  row svgdot "1,000 jabatan: sisker diagram --format svg --engine dot" dotsys \
    "./sisker diagram '$small' --pd $small_pd --format svg --engine dot"
  svgbase=dotsys
else
  svgbase=v1000
fi
row svgemb "1,000 jabatan: sisker diagram --format svg --engine embedded" "$svgbase" \
  "./sisker diagram '$small' --pd $small_pd --format svg --engine embedded"
row vsurat "10,000 jabatan: sisker validate (baseline)" vsurat "./sisker validate '$letters'"
row surat "10,000 jabatan: sisker surat --semua, 1,000 DOCX" vsurat \
  "rm -rf '$work/surat' && ./sisker surat '$letters' --semua -o '$work/surat'"
if [ "$daerah" -gt 0 ]; then
  row provparse "$daerah daerah: snakeyaml event parse, 1 thread (baseline)" provparse "$ep '$prov'"
  row provvalidate "$daerah daerah: sisker validate DIR/*" provparse "./sisker validate '$prov'/*"
fi

# --- measuring ------------------------------------------------------------------------------
results="$out/results.tsv"
[ "$only_table" = 0 ] && : > "$results"
have_time=0; [ -x /usr/bin/time ] && /usr/bin/time -f %e true 2>/dev/null && have_time=1
measure() { # measure ID COMMAND: appends "id wall user sys rssKiB exit" to $results
  local id="$1" cmd="$2" tf="$work/time.txt" rc=0
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$tf" bash -c "$cmd" >"$work/$id.out" 2>"$work/$id.err" || rc=$?
    local line; line="$(tail -n 1 "$tf")"
    echo "$id $line $rc" >> "$results"
  else # /proc polling: the peak resident set of the process tree's largest member, no CPU time
    local start end peak=0 pid
    start="$(date +%s.%N)"
    bash -c "$cmd" >"$work/$id.out" 2>"$work/$id.err" & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      for p in $pid $(pgrep -P "$pid" 2>/dev/null); do
        local h; h="$(sed -n 's/^VmHWM: *\([0-9]*\) kB/\1/p' "/proc/$p/status" 2>/dev/null || true)"
        [ -n "$h" ] && [ "$h" -gt "$peak" ] && peak="$h"
      done
      sleep 0.05
    done
    wait "$pid" || rc=$?
    end="$(date +%s.%N)"
    echo "$id $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') - - $peak $rc" >> "$results"
  fi
}

if [ "$only_table" = 0 ]; then
  echo "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo -)" > "$out/load-before.txt"
  for ((round = 1; round <= repeats; round++)); do
    for r in "${rows[@]}"; do
      IFS='|' read -r id what base cmd <<<"$r"
      say "round $round/$repeats: $what"
      measure "$id" "$cmd"
    done
  done
  echo "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo -)" > "$out/load-after.txt"
  date -u '+%Y-%m-%d %H:%M UTC' > "$out/when.txt"
fi
load_before="$(cat "$out/load-before.txt")"
load_after="$(cat "$out/load-after.txt")"
letters_written="$(grep -c '\.docx' "$work/surat/manifest.csv" 2>/dev/null || echo '?')"

# --- the table ------------------------------------------------------------------------------
stats() { # stats ID FIELD → "median min max" of that field over the successful runs
  awk -v id="$1" -v f="$2" '$1 == id && $6 == 0 && $f != "-" { print $f }' "$results" | sort -g \
    | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "- - -"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print m, v[1], v[NR] }'
}
failures() { awk -v id="$1" '$1 == id && $6 != 0 { n++; c = $6 } END { if (n) print n " × exit " c }' "$results"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "—"; else printf "%.2f×", a / b }'; }
table="$out/table.md"
{
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $("$java_cmd" -version 2>&1 | head -n 1); $(node --version 2>/dev/null | sed 's/^/Node /' || true); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); finished $(cat "$out/when.txt")."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after. $repeats rounds, rows interleaved."
  echo "Large daerah (\`DaerahSintetis --jabatan $jabatan --pd $pd --seed 9\`): $(cat "$big/.summary" 2>/dev/null)."
  [ "$daerah" -gt 0 ] && echo "Provinsi folder (\`--daerah $daerah --seed 5\`): $(cat "$prov/.summary" 2>/dev/null)."
  echo
  echo "| what | wall s, median (min–max) | CPU s (user+sys) | peak RSS MB | × baseline, wall | × baseline, CPU |"
  echo "|---|---|---|---|---|---|"
  for r in "${rows[@]}"; do
    IFS='|' read -r id what base cmd <<<"$r"
    read -r wm wmin wmax <<<"$(stats "$id" 2)"
    read -r bw _ _ <<<"$(stats "$base" 2)"
    cpu="$(awk -v id="$id" '$1 == id && $6 == 0 && $3 != "-" { print $3 + $4 }' "$results" | sort -g \
      | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    bcpu="$(awk -v id="$base" '$1 == id && $6 == 0 && $3 != "-" { print $3 + $4 }' "$results" | sort -g \
      | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    read -r rm _ _ <<<"$(stats "$id" 5)"
    rss="$(awk -v k="$rm" 'BEGIN { if (k == "-") print "—"; else printf "%.0f", k / 1024 }')"
    fail="$(failures "$id")"
    if [ "$wm" = "-" ]; then
      wall="fails: $fail"
    else
      wall="$(printf '%.2f (%.2f–%.2f)' "$wm" "$wmin" "$wmax")${fail:+; $fail}"
    fi
    cpus="$(awk -v c="$cpu" 'BEGIN { if (c == "-") print "—"; else printf "%.2f", c }')"
    if [ "$id" = "$base" ]; then rw="1.00× (baseline)"; rc="1.00×"; else rw="$(ratio "$wm" "$bw")"; rc="$(ratio "$cpu" "$bcpu")"; fi
    echo "| $what | $wall | $cpus | $rss | $rw | $rc |"
  done
  echo
  echo "Letters written per surat run: $letters_written (DOCX, from manifest.csv)."
  echo
  echo "Against the targets of issue 9 (medians of this run):"
  med() { read -r m _ _ <<<"$(stats "$1" 2)"; echo "$m"; }
  target() { # target TEXT VALUE OP LIMIT UNIT
    local verdict
    verdict="$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN {
      if (v == "-" || v == "") { print "not measured"; exit }
      ok = (op == "<=") ? (v <= l) : (op == "<") ? (v < l) : (v >= l)
      print (ok ? "met" : "not met") }')"
    echo "- $1: $(awk -v v="$2" 'BEGIN { if (v == "-" || v == "") print "—"; else printf "%.2f", v }')$5 (target $3 $4$5): $verdict"
  }
  p="$(med parse)"; v="$(med validate)"
  cpumed() { awk -v id="$1" '$1 == id && $6 == 0 && $3 != "-" { print $3 + $4 }' "$results" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else print a / b }'; }
  target "validate / event parse, wall" "$(div "$v" "$p")" "<=" 1.3 "×"
  target "validate / event parse, CPU" "$(div "$(cpumed validate)" "$(cpumed parse)")" "<=" 1.3 "×"
  if [ "$npm_tools" = 1 ]; then
    a="$(med ajv)"; sp="$(med spectral)"
    target "validate / ajv-cli, wall" "$(div "$v" "$a")" "<" 1 "×"
    target "Spectral / validate, wall" "$(div "$sp" "$v")" ">=" 5 "×"
  fi
  echo "- validate with the JVM sized as on a 2 GB runner (-XX:MaxRAM=2g: heap at most 512 MB): $(awk -v id=heap2g '$1 == id { n++; if ($6 == 0) ok++ } END { print (n && ok == n) ? "completes: met" : "fails in " n - ok " of " n " runs: not met" }' "$results")"
  target "sisker --version" "$(med version)" "<=" 0.25 " s"
  target "small validate (Indragiri Hilir)" "$(med smallvalidate)" "<=" 0.8 " s"
  target "DOT of 1,000 jabatan, whole process" "$(med dotout)" "<=" 0.5 " s"
  target "1,000 DOCX letters, whole process" "$(med surat)" "<=" 4 " s"
} > "$table"
cat "$table"
say "raw figures: $results; table: $table"

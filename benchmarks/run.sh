#!/usr/bin/env bash
# Runs the JMH suite and regenerates the results table of benchmarks/README.md from its JSON result.
#
#   benchmarks/run.sh quick   # 1 fork, 3 x 1 s warm-up, 3 x 1 s measured: about 10 minutes on 2 cores
#   benchmarks/run.sh full    # 3 forks, 5 x 1 s warm-up, 5 x 1 s measured: about 50 minutes on 2 cores
#   benchmarks/run.sh quick 'Senml.*'   # a subset (a JMH regular expression); the README is left alone
#
# The JSON goes to benchmarks/results/<profile>.json. Set SKIP_BUILD=1 to reuse benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-quick}"
filter="${2:-}"
case "$profile" in
  quick) options=(-f 1 -wi 3 -w 1s -i 3 -r 1s) ;;
  full) options=(-f 3 -wi 5 -w 1s -i 5 -r 1s) ;;
  *) echo "usage: benchmarks/run.sh quick|full [JMH regexp]" >&2; exit 2 ;;
esac

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -pl benchmarks -am package -DskipTests
fi

jar=benchmarks/target/benchmarks.jar
result="benchmarks/results/${profile}.json"
[ -n "$filter" ] && result="benchmarks/target/${profile}-subset.json"
mkdir -p "$(dirname "$result")"
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
command=(java -jar "$jar" "${options[@]}" -bm avgt -tu ns -prof gc -rf json -rff "$result")
[ -n "$filter" ] && command+=("$filter")
"${command[@]}"

if [ -n "$filter" ]; then
  echo "subset written to $result; README not regenerated"
  exit 0
fi

cpu="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -1)"
cores="$(nproc 2>/dev/null || echo '?')"
memory="$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
machine="${cpu:-unknown CPU}, ${cores} cores, ${memory:-? GiB}, $(uname -sr), load average ${load_before} before"
machine+=" and ${load_after} after the run"
java -cp "$jar" vn.smartcity.benchmarks.report.ResultTable \
  "$result" benchmarks/README.md "${command[*]}" "$machine" "$(date -u +%F)"
echo "benchmarks/README.md regenerated from $result"

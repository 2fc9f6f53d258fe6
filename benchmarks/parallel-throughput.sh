#!/bin/bash
# Batch throughput of the CLI on one core against two, interleaved (REPS times each), over the
# scrapinghub-dev HTML pages repeated COPIES times (symbolic links in a temporary folder, so a
# long batch amortises the process start and the JIT). Run from the repository root after
#   dotnet build src/ArticleExtract.Cli -c Release
#
# Two measures, each printed with wall, user and system seconds and the CLI's last progress line:
#   cores:   `taskset -c 0` against `taskset -c 0,1`, with the default --parallel (the processor
#            count the process sees: 1, then 2). This is "throughput on 2 cores against one core":
#            the one-core run pays for its JIT and GC on the same core.
#   workers: --parallel 1 against --parallel 2, both on every core. The one-worker run gets the
#            JIT's background compilation and the GC on the second core for free.
# The ratios mean something only on an otherwise idle machine: compare wall times (and pages/s).
set -euo pipefail
CLI=${CLI:-src/ArticleExtract.Cli/bin/Release/net10.0/ArticleExtract.Cli.dll}
CORPUS=${CORPUS:-../shared/corpus/scrapinghub-dev/html}
REPS=${REPS:-3}
COPIES=${COPIES:-1}
MEASURE=${MEASURE:-cores}   # cores | workers

batch=$(mktemp -d)
trap 'rm -rf "$batch"' EXIT
for copy in $(seq "$COPIES"); do
  for page in "$(cd "$CORPUS" && pwd)"/*; do ln -s "$page" "$batch/$copy-$(basename "$page")"; done
done
echo "$(ls "$batch" | wc -l) pages, measure: $MEASURE"

run() { # label, then the command's prefix
  local label=$1; shift
  /usr/bin/time -f "$label: wall %e s, user %U s, sys %S s" -o /tmp/parallel-time.txt \
    "$@" dotnet "$CLI" "$batch" --out /tmp/parallel-out.jsonl ${CLI_ARGS:-} 2>/tmp/parallel-progress.txt
  echo "$(cat /tmp/parallel-time.txt) :: $(tail -1 /tmp/parallel-progress.txt) :: load $(cut -d' ' -f1 /proc/loadavg)"
}

for rep in $(seq "$REPS"); do
  if [ "$MEASURE" = cores ]; then
    run "rep $rep, one core " taskset -c 0
    run "rep $rep, two cores" taskset -c 0,1
  else
    # `env` as the prefix: no pinning, every core.
    CLI_ARGS="--parallel 1" run "rep $rep, --parallel 1" env
    CLI_ARGS="--parallel 2" run "rep $rep, --parallel 2" env
  fi
done

#!/bin/bash
# Batch throughput of the CLI with 1 and 2 workers, interleaved (REPS times each), over the
# scrapinghub-dev HTML pages: wall, user and system seconds, and the CLI's last progress line
# (pages/s). Run from the repository root after
#   dotnet build src/ArticleExtract.Cli -c Release
# The ratio means something only on an otherwise idle machine: compare wall times (and pages/s).
set -euo pipefail
CLI=${CLI:-src/ArticleExtract.Cli/bin/Release/net10.0/ArticleExtract.Cli.dll}
CORPUS=${CORPUS:-../shared/corpus/scrapinghub-dev/html}
REPS=${REPS:-3}
for rep in $(seq "$REPS"); do
  for workers in 1 2; do
    /usr/bin/time -f "rep $rep --parallel $workers: wall %e s, user %U s, sys %S s" -o /tmp/parallel-time.txt \
      dotnet "$CLI" "$CORPUS" --parallel "$workers" --out /tmp/parallel-$workers.jsonl 2>/tmp/parallel-progress.txt
    echo "$(cat /tmp/parallel-time.txt) :: $(tail -1 /tmp/parallel-progress.txt) :: load $(cut -d' ' -f1 /proc/loadavg)"
  done
done

#!/usr/bin/env bash
# CI for the Dask sample: runs it on a LocalCluster with 2 workers over the test WARCs (written
# by warcio.js, see tests/WarcFixtures), with the Release build of the tool, and checks the parts.
# Installs Debian's python3-distributed when it is missing (a no-op when it is there).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
python=/usr/bin/python3
if ! "$python" -c "import distributed" 2>/dev/null; then
  apt-get install -y -q python3-distributed >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q python3-distributed >/dev/null; }
fi

dll=src/ArticleExtract.Cli/bin/Release/net10.0/ArticleExtract.Cli.dll
[ -f "$dll" ] || dotnet build src/ArticleExtract.Cli -c Release --nologo -v q
fixtures=tests/ArticleExtract.Tests/Fixtures/warc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$python" samples/Dask/extract_warcs.py --tool "dotnet $dll" --workers 2 --out "$out" \
  "$fixtures/pages.warc.gz" "$fixtures/pages.warc" "$fixtures/pages-whole.warc.gz" \
  "$fixtures/hostile-corrupt-member.warc.gz" "$fixtures/hostile-length-huge.warc.gz" > "$out/summary.jsonl"

# Every WARC has its part: 8 pages in each good archive; the damaged ones give error rows and their good pages.
"$python" - "$out/summary.jsonl" <<'PY'
import json, sys
parts = {json.loads(line)["warc"].rsplit("/", 1)[-1]: json.loads(line) for line in open(sys.argv[1])}
expected = {"pages.warc.gz": (8, 0), "pages.warc": (8, 0), "pages-whole.warc.gz": (8, 0),
            "hostile-corrupt-member.warc.gz": (3, 1), "hostile-length-huge.warc.gz": (2, 1)}
got = {name: (part["rows"], part["errors"]) for name, part in parts.items()}
passed = sum(got.get(name) == want for name, want in expected.items())
print(f"dask sample: {passed} of {len(expected)} archives gave the expected parts")
for name, want in expected.items():
    if got.get(name) != want:
        print(f"  {name}: expected (rows, errors) {want}, got {got.get(name)}")
sys.exit(0 if passed == len(expected) else 1)
PY

#!/usr/bin/env python3
"""Extract the articles of many WARC files on a Dask cluster.

One task per WARC: it runs the self-contained ``articleextract`` tool on that WARC
(``articleextract --warc FILE``) and writes one part per WARC into the output folder:
``<name>.parquet`` when pyarrow is installed, ``<name>.jsonl`` otherwise. A failed task
(the tool could not read the archive, a worker died) is retried; the parts already written
are kept, so a rerun over the same list only redoes what is missing (``--skip-done``).

    python3 extract_warcs.py --tool "dotnet /opt/articleextract/ArticleExtract.Cli.dll" \
        --out parts/ --workers 2 crawl-00000.warc.gz crawl-00001.warc.gz

    python3 extract_warcs.py --scheduler tcp://scheduler:8786 --tool /opt/articleextract/ArticleExtract.Cli \
        --out /shared/parts --paths warc.paths
"""

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

try:
    import pyarrow.json as _pa_json
    import pyarrow.parquet as _pa_parquet
except ImportError:  # Parquet only when pyarrow is there; JSON Lines otherwise.
    _pa_json = _pa_parquet = None


def part_name(warc_path):
    """The part's file name: the WARC's name without .warc/.gz, plus a short hash of its full path."""
    name = os.path.basename(warc_path.rstrip("/"))
    for suffix in (".gz", ".warc", ".arc"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    digest = hashlib.sha1(warc_path.encode("utf-8")).hexdigest()[:8]
    return f"{name}-{digest}"


def extract_one(warc_path, out_dir, tool, parallel=1, timeout=None):
    """Runs the tool on one WARC and writes its part; returns a summary of the part.

    Raises when the tool fails (exit code not 0: the archive could not be read at all), so that
    Dask retries the task. A damaged record inside a readable archive is a row with "error".
    """
    out_dir = Path(out_dir)
    jsonl = out_dir / (part_name(warc_path) + ".jsonl")
    tmp = out_dir / (part_name(warc_path) + ".jsonl.tmp")
    command = list(tool) + ["--warc", warc_path, "--out", str(tmp), "--parallel", str(parallel)]
    started = time.monotonic()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=timeout)
    if run.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"{warc_path}: articleextract exited with {run.returncode}: {run.stderr.strip()[-1000:]}")
    rows = errors = 0
    with open(tmp, encoding="utf-8") as lines:
        for line in lines:
            rows += 1
            errors += '"error":' in line and "error" in json.loads(line)
    if _pa_json is not None and rows > 0:
        part = out_dir / (part_name(warc_path) + ".parquet")
        _pa_parquet.write_table(_pa_json.read_json(tmp), part)
        tmp.unlink()
    else:
        part = jsonl
        os.replace(tmp, part)
    return {"warc": warc_path, "part": str(part), "rows": rows, "errors": errors,
            "seconds": round(time.monotonic() - started, 2), "progress": run.stderr.strip().splitlines()[-1:]}


def read_paths(args):
    paths = list(args.warcs)
    if args.paths:
        with open(args.paths, encoding="utf-8") as listing:
            paths += [line.strip() for line in listing if line.strip()]
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warcs", nargs="*", help="WARC files (local or on a file system every worker sees)")
    parser.add_argument("--paths", help="a file listing one WARC path per line")
    parser.add_argument("--out", required=True, help="the output folder, one part per WARC")
    parser.add_argument("--tool", default=os.environ.get("ARTICLEEXTRACT", "articleextract"),
                        help='the articleextract command, e.g. "dotnet /opt/ae/ArticleExtract.Cli.dll" (default: $ARTICLEEXTRACT or articleextract)')
    parser.add_argument("--scheduler", help="a Dask scheduler address; without it a LocalCluster is started")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (one task each at a time)")
    parser.add_argument("--parallel", type=int, default=1, help="pages extracted at once inside one task (articleextract --parallel)")
    parser.add_argument("--retries", type=int, default=2, help="how often a failed task is retried")
    parser.add_argument("--timeout", type=float, default=None, help="seconds one WARC may take")
    parser.add_argument("--skip-done", action="store_true", help="leave out the WARCs whose part already exists")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster, as_completed

    paths = read_paths(args)
    os.makedirs(args.out, exist_ok=True)
    if args.skip_done:
        done = {p.name.rsplit(".", 1)[0] for p in Path(args.out).iterdir() if p.suffix in (".jsonl", ".parquet")}
        paths = [p for p in paths if part_name(p) not in done]
    tool = shlex.split(args.tool)

    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
    client = Client(args.scheduler or cluster)
    started = time.monotonic()
    failures = []
    rows = errors = 0
    try:
        futures = client.map(extract_one, paths, out_dir=args.out, tool=tool, parallel=args.parallel,
                             timeout=args.timeout, retries=args.retries, pure=False)
        for future in as_completed(futures):
            try:
                summary = future.result()
            except Exception as error:  # the task failed every retry
                failures.append(str(error))
                print(f"FAILED {error}", file=sys.stderr)
                continue
            rows += summary["rows"]
            errors += summary["errors"]
            print(json.dumps(summary), flush=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.monotonic() - started
    print(f"{len(paths) - len(failures)} of {len(paths)} WARC files, {rows} rows ({errors} error rows), "
          f"{seconds:.1f} s, {rows / max(seconds, 1e-3):.1f} rows/s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The one evaluation command: runs the extractor (the CLI) over every corpus in
../shared/corpus, scores each with ../shared/eval/score.py for half A, half B and all pages,
prints one table and writes it as JSON. Standard library only.

usage: python3 benchmarks/evaluate.py [--cli DLL] [--corpus DIR] [--json FILE] [--keep DIR]
                                     [--check FLOORS] [--write-floors FLOORS]

  --cli     the CLI to run (default: the Release build, src/ArticleExtract.Cli/bin/Release/net10.0/
            ArticleExtract.Cli.dll; build it first with `dotnet build -c Release`)
  --corpus  the shared corpus (default ../shared/corpus, beside the repository)
  --json    where to write the table as JSON (default: artifacts/evaluation.json)
  --keep    keep the predictions (JSON Lines, one file per corpus) in this folder
  --check   fail (exit 1) when a figure is below its floor in FLOORS (the CI quality gate,
            .ci/quality-floors.json: {"measure": {"A": floor, "B": floor}}, a page type as
            "wcxb-dev words/forum")
  --write-floors  write FLOORS from this run: each figure minus its margin (0.005 for a
            corpus, 0.02 for one page type, which has fewer pages), rounded down

Rows (each for half A, half B and all):
  scrapinghub-dev  body F1, HTML
  wcxb-dev         words F1 by page type and overall, HTML; fields (title, author, published)
  text-dev         body F1, text mode
  wcxb-dev/text    words F1 by page type and overall, text mode; fields (title, author, published)
                   read from the text; and the text as it came
  readability      meta (overall share of fields right); body F1 against expected.html
  as Markdown      text-dev's and wcxb-dev's pages rendered as the Markdown a scraper saves
                   (benchmarks/render_markdown.py, from the HTML), text mode: body F1 and words F1
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HALVES = ("A", "B", "all")


def run_cli(cli, src, out):
    """Extracts every page of src into out (JSON Lines); every page must extract."""
    started = time.time()
    proc = subprocess.run(["dotnet", cli, src, "--out", out], stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"evaluate: the extractor failed on {src}:\n{proc.stderr[-2000:]}")
    return time.time() - started


def score(*args, half):
    """Runs score.py and returns its output lines."""
    cmd = [sys.executable, SCORE, *args] + ([] if half == "all" else ["--half", half])
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()


def last_figure(lines):
    """The figure at the end of score.py's last line ("f1 0.9815", "fields 0.5772", ...)."""
    return float(lines[-1].split()[-1])


def words_by_type(lines):
    """{type: f1, ..., "all": f1} from `score.py words --by-type`."""
    out = {}
    for line in lines:
        m = re.match(r"\s+(\w+)\s+pages\s+\d+\s+precision\s+\S+\s+recall\s+\S+\s+f1\s+(\S+)", line)
        if m:
            out[m.group(1)] = float(m.group(2))
    out["all"] = last_figure(lines)
    return out


def fields(lines):
    """{title, author, published, all} from `score.py fields`."""
    out = {}
    for line in lines:
        m = re.match(r"(title|author|published)\s+(\S+)", line)
        if m:
            out[m.group(1)] = float(m.group(2))
    out["all"] = last_figure(lines)
    return out


def text_as_it_came(folder, out):
    """The whole scraped text as the prediction: the baseline text mode must beat."""
    with open(out, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as page:
                    f.write(json.dumps({"id": name[:-4], "text": page.read()}) + "\n")


def main():
    global SCORE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "src/ArticleExtract.Cli/bin/Release/net10.0/ArticleExtract.Cli.dll"))
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared/corpus"))
    ap.add_argument("--json", default=os.path.join(ROOT, "artifacts/evaluation.json"))
    ap.add_argument("--keep")
    ap.add_argument("--check")
    ap.add_argument("--write-floors")
    a = ap.parse_args()
    corpus = a.corpus
    SCORE = os.path.join(os.path.dirname(corpus), "eval/score.py")
    for need in (a.cli, corpus, SCORE):
        if not os.path.exists(need):
            sys.exit(f"evaluate: {need} is missing")

    work = a.keep or tempfile.mkdtemp(prefix="evaluate-")
    os.makedirs(work, exist_ok=True)
    p = lambda name: os.path.join(work, name)
    seconds = {}
    sh_truth = os.path.join(corpus, "scrapinghub-dev/ground-truth.json")
    wc_truth = os.path.join(corpus, "wcxb-dev/ground-truth.json")

    seconds["scrapinghub-dev"] = run_cli(a.cli, os.path.join(corpus, "scrapinghub-dev/html"), p("scrapinghub-dev.jsonl"))
    seconds["wcxb-dev"] = run_cli(a.cli, os.path.join(corpus, "wcxb-dev/html"), p("wcxb-dev.jsonl"))
    seconds["text-dev"] = run_cli(a.cli, os.path.join(corpus, "text-dev"), p("text-dev.jsonl"))
    seconds["wcxb-dev/text"] = run_cli(a.cli, os.path.join(corpus, "wcxb-dev/text"), p("wcxb-text.jsonl"))
    text_as_it_came(os.path.join(corpus, "wcxb-dev/text"), p("wcxb-text-as-it-came.jsonl"))
    rdb = p("readability-pages")
    with open(p("readability-truth.json"), "w") as truth:
        subprocess.run([sys.executable, os.path.join(ROOT, ".ci/readability-truth.py"),
                        os.path.join(corpus, "readability"), rdb], check=True, stdout=truth)
    seconds["readability"] = run_cli(a.cli, rdb, p("readability.jsonl"))
    markdown = {}
    for name, html in (("text-dev", "scrapinghub-dev/html"), ("wcxb-dev", "wcxb-dev/html")):
        markdown[name] = p(name + "-markdown")
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks/render_markdown.py"),
                        os.path.join(corpus, html), markdown[name]], check=True,
                       env={**os.environ, "RENDER_TEXT_DIR": os.path.dirname(SCORE)})
        seconds[name + " as Markdown"] = run_cli(a.cli, markdown[name], p(name + "-markdown.jsonl"))

    table = {"scrapinghub-dev body": {}, "wcxb-dev words": {}, "wcxb-dev fields": {},
             "text-dev body": {}, "wcxb-dev/text words": {}, "wcxb-dev/text fields": {}, "wcxb-dev/text as it came": {},
             "readability meta": {}, "readability body": {},
             "text-dev as Markdown body": {}, "wcxb-dev as Markdown words": {}}
    for h in HALVES:
        table["scrapinghub-dev body"][h] = last_figure(score("body", sh_truth, p("scrapinghub-dev.jsonl"), half=h))
        table["wcxb-dev words"][h] = words_by_type(score("words", wc_truth, p("wcxb-dev.jsonl"), "--by-type", half=h))
        table["wcxb-dev fields"][h] = fields(score("fields", wc_truth, p("wcxb-dev.jsonl"), half=h))
        table["text-dev body"][h] = last_figure(score("body", sh_truth, p("text-dev.jsonl"), half=h))
        table["wcxb-dev/text words"][h] = words_by_type(score("words", wc_truth, p("wcxb-text.jsonl"), "--by-type", half=h))
        table["wcxb-dev/text fields"][h] = fields(score("fields", wc_truth, p("wcxb-text.jsonl"), half=h))
        table["wcxb-dev/text as it came"][h] = words_by_type(
            score("words", wc_truth, p("wcxb-text-as-it-came.jsonl"), "--by-type", half=h))
        table["readability meta"][h] = last_figure(score("meta", os.path.join(corpus, "readability"), p("readability.jsonl"), half=h))
        table["readability body"][h] = last_figure(score("body", p("readability-truth.json"), p("readability.jsonl"), half=h))
        table["text-dev as Markdown body"][h] = last_figure(score("body", sh_truth, p("text-dev-markdown.jsonl"), half=h))
        table["wcxb-dev as Markdown words"][h] = last_figure(score("words", wc_truth, p("wcxb-dev-markdown.jsonl"), half=h))

    print_table(table)
    print("\nextraction seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    os.makedirs(os.path.dirname(os.path.abspath(a.json)), exist_ok=True)
    with open(a.json, "w") as f:
        json.dump({"table": table, "seconds": seconds}, f, indent=2, sort_keys=True)
    print(f"written: {a.json}")
    if a.write_floors:
        write_floors(table, a.write_floors)
    if a.check and not check_floors(table, a.check):
        sys.exit(1)


def flatten(table):
    """{(measure, half): figure}, a page type's measure as "wcxb-dev words/forum"."""
    out = {}
    for measure, by_half in table.items():
        for h in ("A", "B"):
            v = by_half[h]
            if isinstance(v, dict):
                for k, x in v.items():
                    out[(measure if k == "all" else f"{measure}/{k}", h)] = x
            else:
                out[(measure, h)] = v
    return out


def write_floors(table, path):
    floors = {}
    for (measure, h), v in sorted(flatten(table).items()):
        if "as it came" in measure:
            continue  # a baseline, not ours to hold
        margin = 0.02 if "/" in measure.replace("wcxb-dev/text", "") else 0.005
        floors.setdefault(measure, {})[h] = int((v - margin) * 1000) / 1000
    with open(path, "w") as f:
        json.dump(floors, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"floors written: {path}")


def check_floors(table, path):
    with open(path) as f:
        floors = json.load(f)
    got = flatten(table)
    failed = [f"{m} half {h}: {got.get((m, h), float('nan')):.4f} < floor {floor:.3f}"
              for m, by_half in floors.items() for h, floor in by_half.items()
              if not got.get((m, h), -1) >= floor]
    for line in failed:
        print("quality gate FAILED: " + line)
    if not failed:
        print(f"quality gate passed: {sum(len(v) for v in floors.values())} floors held")
    return not failed


def print_table(table):
    rows = []
    for measure, by_half in table.items():
        first = by_half["A"]
        if isinstance(first, dict):
            keys = ["all"] + sorted(k for k in first if k != "all")
            for k in keys:
                label = measure if k == "all" else f"  {measure.split()[0]} {k}"
                rows.append((label, *(by_half[h].get(k, float("nan")) for h in HALVES)))
        else:
            rows.append((measure, *(by_half[h] for h in HALVES)))
    width = max(len(r[0]) for r in rows)
    print(f"| {'corpus, measure':<{width}} | half A | half B |  all   |")
    print(f"|{'-' * (width + 2)}|--------|--------|--------|")
    for label, *v in rows:
        print(f"| {label:<{width}} | " + " | ".join(f"{x:.4f}" for x in v) + " |")


if __name__ == "__main__":
    main()

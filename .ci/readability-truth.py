#!/usr/bin/env python3
"""Ground truth for body scoring on Readability's test pages: the text of each expected.html
(block elements become paragraph breaks), as {name: {"articleBody": text}}, and each
source.html copied to OUT_DIR/<name>.html for the CLI. Standard library only.

usage: readability-truth.py CORPUS/readability OUT_DIR > truth.json
"""
import json
import os
import shutil
import sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
         "section", "article", "figure", "figcaption", "header", "footer", "dl", "dt", "dd", "br", "hr", "aside",
         "nav", "main", "td", "th"}


class Renderer(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in BLOCK:
            self.out.append("\n\n")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")
        if tag in BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def main(root, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    truth = {}
    for name in sorted(os.listdir(root)):
        page = os.path.join(root, name)
        if not os.path.isfile(os.path.join(page, "expected.html")):
            continue
        renderer = Renderer()
        with open(os.path.join(page, "expected.html"), encoding="utf-8") as f:
            renderer.feed(f.read())
        blocks = "".join(renderer.out).split("\n\n")
        truth[name] = {"articleBody": "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())}
        shutil.copy(os.path.join(page, "source.html"), os.path.join(out_dir, name + ".html"))
    json.dump(truth, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Render HTML pages to the Markdown a scraper saves (as Firecrawl, Jina Reader, html2text or
crawl4ai do): the visible text of the whole page, nothing removed, with Markdown's marks:
headings `#`, list items `- ` and `1. `, links `[text](href)`, images `![alt](src)`, `**strong**`,
`*emphasis*`, `` `code` `` and fenced blocks, `> ` quotations and pipe tables.

It is built on ../shared/eval/render_text.py (the renderer of the text corpora), so the two
renderings hold the same words and differ only in the marks. Standard library only.

usage: render_markdown.py HTML_DIR OUT_DIR     (every page.html[.gz] to OUT_DIR/page.txt)
"""
import os
import sys

# render_text.py's folder: RENDER_TEXT_DIR, else ../shared/eval beside the repository.
sys.path.insert(0, os.environ.get("RENDER_TEXT_DIR")
                or os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/eval"))
import render_text as rt  # noqa: E402


# Elements shown between a pair of marks, the same before and after the text.
PAIRED_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}


class MarkdownRenderer(rt.Renderer):
    def __init__(self):
        super().__init__()
        self.links = []       # hrefs of the open links
        self.lists = []       # "ul" / "ol" of the open lists, with the item count of each
        self.quote = 0
        self.rows = []        # per open table: the number of rows seen
        self.cells = 0

    def flush(self):
        before = len(self.blocks)
        super().flush()
        if len(self.blocks) > before and self.quote and not self.pre:
            self.blocks[-1] = "\n".join("> " + line for line in self.blocks[-1].split("\n"))

    def handle_starttag(self, tag, attrs):
        if tag == "img" and not self.suppressed():
            a = dict(attrs)
            self.line.append(f"![{(a.get('alt') or '').strip()}]({a.get('src') or ''})")
            return
        super().handle_starttag(tag, attrs)
        if self.suppressed():
            return
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.line.append("#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li":
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.line.append(f"{self.lists[-1][1]}. ")
            else:
                self.line.append("- ")
        elif tag == "a":
            self.links.append((a.get("href") or "").replace(" ", "%20"))
            self.line.append("[")
        elif tag in PAIRED_MARKS:
            self.line.append(PAIRED_MARKS[tag])
        elif tag == "code" and not self.pre:
            self.line.append("`")
        elif tag == "pre":
            self.blocks.append("```")
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "table":
            self.rows.append(0)
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):
            self.cells += 1
            self.line.append("| ")

    def handle_endtag(self, tag):
        if tag in rt.VOID or not any(t == tag for t, _ in self.stack):
            return
        shown = not self.suppressed()
        if shown:
            if tag == "a" and self.links:
                self.line.append(f"]({self.links.pop()})")
            elif tag in PAIRED_MARKS:
                self.line.append(PAIRED_MARKS[tag])
            elif tag == "code" and not self.pre:
                self.line.append("`")
            elif tag in ("td", "th"):
                self.line.append(" ")
            elif tag == "tr" and self.cells:
                self.line.append("|")
        super().handle_endtag(tag)
        if not shown:
            return
        if tag == "pre":
            self.blocks.append("```")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "blockquote" and self.quote:
            self.quote -= 1
        elif tag == "table" and self.rows:
            self.rows.pop()
        elif tag == "tr" and self.rows and self.cells:
            self.rows[-1] += 1
            if self.rows[-1] == 1:
                self.blocks.append("|" + " --- |" * self.cells)


def render(markup):
    r = MarkdownRenderer()
    r.feed(markup)
    r.close()
    return r.text()


def render_file(job):
    src, out = job
    with open(out, "w", encoding="utf-8") as f:
        f.write(render(rt.read_page(src)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    from concurrent.futures import ProcessPoolExecutor
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    jobs = [(os.path.join(src, name), os.path.join(out, name.split(".")[0] + ".txt")) for name in sorted(os.listdir(src))]
    with ProcessPoolExecutor() as pool:
        list(pool.map(render_file, jobs, chunksize=16))

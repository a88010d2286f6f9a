#!/usr/bin/env python3
"""Compares what two builds of `claimlint dates` tag in Reuters-21578, article by article.

Every change to the date grammar is read against the real collection before it lands:
run the build before the change and the one after on each dated article, against that
article's own publication date, and read every tag that differs, in its sentence.

    python3 scripts/date-diff.py OLD_BINARY NEW_BINARY [--jobs N] [--context CHARS]

Prints, for each article whose tags differ, the tags only the old build made (-) and
those only the new one made (+), each with the text around it; the count of articles
that changed goes to stderr. Reads ../shared/data/reuters21578/articles.jsonl.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ARTICLES = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "..", "shared", "data", "reuters21578", "articles.jsonl",
)


def tags(binary, path, published):
    out = subprocess.run(
        [binary, "dates", "--published", published, path],
        capture_output=True, text=True, check=True,
    ).stdout
    # (the interval too: a fiscal quarter may keep its label and move its days)
    return {
        (t["start"], t["end"], t["text"], t["value"], span(t.get("interval")))
        for t in map(json.loads, out.splitlines())
    }


def span(interval):
    return f"{interval['start']}..{interval['end']}" if interval else ""



def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--context", type=int, default=160)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        articles = []
        for line in open(ARTICLES, encoding="utf-8"):
            a = json.loads(line)
            if not a.get("published") or not a.get("text"):
                continue
            path = os.path.join(tmp, a["id"] + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(a["text"])
            articles.append((a["id"], path, a["published"][:10]))

        def both(article):
            _, path, published = article
            return article, tags(args.old, path, published), tags(args.new, path, published)

        changed = 0
        with ThreadPoolExecutor(args.jobs) as pool:
            for (name, path, published), old, new in pool.map(both, articles):
                if old == new:
                    continue
                changed += 1
                text = open(path, encoding="utf-8").read().encode()
                print(f"## {name} (published {published})")
                for sign, tag in [("-", t) for t in sorted(old - new)] + [("+", t) for t in sorted(new - old)]:
                    start, end, _, value, days = tag
                    before = text[max(0, start - args.context):start].decode(errors="replace")
                    after = text[end:end + args.context // 2].decode(errors="replace")
                    shown = text[start:end].decode(errors="replace")
                    around = f"{before}[[{shown}]]{after}".replace("\n", " ")
                    print(f"  {sign} {value:<14} {days:<22} {around}")
        print(f"{changed} of {len(articles)} dated articles changed", file=sys.stderr)


if __name__ == "__main__":
    main()

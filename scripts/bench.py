#!/usr/bin/env python3
"""Throughput benchmark: `claimlint check` on ~1 GB of Reuters-21578 newswire against
ripgrep on the same file, in the same sitting.

    python3 scripts/bench.py [--copies 52] [--runs 5]

Builds target/bench/reuters-1g.jsonl by repeating ../shared/data/reuters21578/articles.jsonl,
checks it with the rule files in bench/rules/ (six stories, thirty-two claims), and times:
  - claimlint check --format json (release build), with peak RSS;
  - rg -i -c over the same file for the stories' mentions, and for the literal words of
    every pattern (what claimlint's own prefilter looks for);
  - claimlint check on fixtures/huawei (the small collection).
Prints medians and the ratio to ripgrep. Needs rg (apt-get install ripgrep).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "..", "shared", "data", "reuters21578", "articles.jsonl")
BIN = os.path.join(ROOT, "target", "release", "claimlint")
RULES = sorted(os.path.join(ROOT, "bench", "rules", f) for f in os.listdir(os.path.join(ROOT, "bench", "rules")))


def timed(argv, runs):
    """Median wall time (s) and peak RSS (KB) over runs, output discarded."""
    times, rss = [], []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        last = p.stderr.decode().strip().splitlines()[-1]
        rss.append(int(last) if last.isdigit() else 0)
    return statistics.median(times), max(rss)


def words(rule_files):
    mentions, literals = set(), set()
    for f in rule_files:
        with open(f, "rb") as fh:
            doc = tomllib.load(fh)
        mentions.update(doc["story"]["mentions"])
        for claim in doc.get("claim", []):
            for p in claim.get("patterns", []):
                p = re.sub(r"\{[^}]*\}", " ", p)
                literals.update(w for w in re.split(r"[\s~()|?]+", p) if len(w) > 1)
    return sorted(mentions), sorted(literals)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=52)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not shutil.which("rg"):
        sys.exit("rg not found: apt-get install ripgrep")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    out_dir = os.path.join(ROOT, "target", "bench")
    os.makedirs(out_dir, exist_ok=True)
    big = os.path.join(out_dir, f"reuters-x{args.copies}.jsonl")
    if not os.path.exists(big):
        with open(SRC, "rb") as f:
            data = f.read()
        with open(big + ".tmp", "wb") as f:
            for _ in range(args.copies):
                f.write(data)
        os.replace(big + ".tmp", big)
    size = os.path.getsize(big)
    mb = size / 1e6
    mentions, literals = words(RULES)
    rule_args = [a for r in RULES for a in ("--rules", r)]

    # Warm the page cache so that both tools read from memory.
    subprocess.run(["cat", big], stdout=subprocess.DEVNULL)
    check = [BIN, "check", "--format", "json", "--fail-on", "never"] + rule_args + [big]
    rg_mentions = ["rg", "-i", "-c"] + [a for m in mentions for a in ("-e", m)] + [big]
    rg_literals = ["rg", "-i", "-c", "-F"] + [a for w in literals for a in ("-e", w)] + [big]
    t_check, rss = timed(check, args.runs)
    t_rg_m, _ = timed(rg_mentions, args.runs)
    t_rg_l, _ = timed(rg_literals, args.runs)
    t_huawei, _ = timed([BIN, "check", "--fail-on", "never", os.path.join(ROOT, "fixtures", "huawei")], max(args.runs, 11))

    print(f"cores: {os.cpu_count()}")
    print(f"input: {big} ({mb:.0f} MB, {args.copies} copies of Reuters-21578)")
    print(f"rules: {len(RULES)} stories, {len(mentions)} mentions, {len(literals)} pattern words")
    print(f"claimlint check      {t_check:7.3f} s  {mb / t_check:7.1f} MB/s  peak RSS {rss / 1024:.0f} MB")
    print(f"rg mentions          {t_rg_m:7.3f} s  {mb / t_rg_m:7.1f} MB/s  (check is {t_check / t_rg_m:.1f}x)")
    print(f"rg pattern words     {t_rg_l:7.3f} s  {mb / t_rg_l:7.1f} MB/s  (check is {t_check / t_rg_l:.1f}x)")
    print(f"check fixtures/huawei {t_huawei * 1000:6.1f} ms")


if __name__ == "__main__":
    main()

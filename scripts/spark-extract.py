#!/usr/bin/env python3
"""claimlint's map step on Apache Spark: every partition of a JSON Lines collection is
piped through `claimlint extract`, and the observations are written as text files that
`claimlint check --observations` reduces.

    pip install pyspark            # needs a Java runtime
    cargo build --release
    python3 scripts/spark-extract.py ../shared/data/reuters21578/articles.jsonl target/spark-observations \\
        --rules bench/rules/opec.toml --rules bench/rules/coffee.toml
    target/release/claimlint check --rules bench/rules/opec.toml --rules bench/rules/coffee.toml \\
        --observations target/spark-observations/part-*

The map is pure (one article in, its observations out), so any number of executors can
run it; records on standard input are named by their `id`, since line numbers restart in
every partition. Runs Spark in local mode with as many workers as cores unless --master
is given.
"""
import argparse
import os
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input", help="a JSON Lines collection")
    ap.add_argument("output", help="a folder for the observations (must not exist)")
    ap.add_argument("--rules", action="append", required=True)
    ap.add_argument("--master", default=f"local[{os.cpu_count()}]")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "claimlint"))
    args = ap.parse_args()

    from pyspark import SparkContext

    command = [args.binary, "extract"] + [a for r in args.rules for a in ("--rules", os.path.abspath(r))]
    sc = SparkContext(args.master, "claimlint-extract")
    sc.setLogLevel("WARN")
    try:
        articles = sc.textFile(os.path.abspath(args.input), minPartitions=args.partitions)
        observations = articles.pipe(" ".join(shlex.quote(c) for c in command))
        observations.saveAsTextFile(os.path.abspath(args.output))
        count = sc.textFile(os.path.abspath(args.output)).count()
    finally:
        sc.stop()
    print(f"{count} observations in {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()

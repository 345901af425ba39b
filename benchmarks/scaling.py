"""extract_many with n_process=2 against one process on the same short documents.

    python benchmarks/scaling.py [--docs 2000] [--texts FILE.jsonl]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import summitnlp

from corpus import DEFAULT, articles, paragraphs


def seconds(docs, n_process: int) -> float:
    start = time.perf_counter()
    results = list(summitnlp.extract_many(docs, n_process=n_process, batch_size=64))
    assert len(results) == len(docs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2_000)
    parser.add_argument("--texts", type=Path, default=DEFAULT)
    args = parser.parse_args()
    docs = paragraphs(articles(args.texts), args.docs)
    summitnlp.load()
    one, two = seconds(docs, 1), seconds(docs, 2)
    print(f"{len(docs):,} documents: 1 process {one:.1f}s, 2 processes {two:.1f}s, speed-up {one / two:.2f}x")
    print(f"scaling: one_s={one:.1f} two_s={two:.1f} speedup={one / two:.2f}")


if __name__ == "__main__":
    main()
